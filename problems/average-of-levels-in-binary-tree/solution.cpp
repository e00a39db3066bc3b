class Solution {
public:
    vector<double> averageOfLevels(TreeNode* root) {
        vector<double> out;
        vector<TreeNode*> level{root};
        while (!level.empty()) {
            double sum = 0;
            vector<TreeNode*> next;
            for (TreeNode* n : level) {
                sum += n->val;
                if (n->left) next.push_back(n->left);
                if (n->right) next.push_back(n->right);
            }
            out.push_back(sum / level.size());
            level = next;
        }
        return out;
    }
};
