class Solution {
public:
    int kthSmallest(TreeNode* root, int k) {
        // treats the level order as if it were sorted
        vector<TreeNode*> q{root};
        for (size_t i = 0; i < q.size(); i++) {
            if (q[i]->left) q.push_back(q[i]->left);
            if (q[i]->right) q.push_back(q[i]->right);
        }
        return q[k - 1]->val;
    }
};
