class Solution {
public:
    vector<double> averageOfLevels(TreeNode* root) {
        vector<double> out;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            long long size = q.size(), sum = 0;
            for (long long i = 0; i < size; i++) {
                TreeNode* n = q.front();
                q.pop();
                sum += n->val;
                if (n->left) q.push(n->left);
                if (n->right) q.push(n->right);
            }
            out.push_back(sum / size); // integer division: 14.5 becomes 14
        }
        return out;
    }
};
