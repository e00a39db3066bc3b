class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> out;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            int size = (int)q.size();
            vector<int>& row = out.emplace_back();
            row.reserve(size);
            for (int i = 0; i < size; i++) {
                TreeNode* node = q.front();
                q.pop();
                row.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
        }
        return out;
    }
};
