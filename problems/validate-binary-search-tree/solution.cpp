class Solution {
public:
    bool isValidBST(TreeNode* root) {
        // iterative in-order traversal; prev points at the last visited node (no sentinel values)
        vector<TreeNode*> stack;
        TreeNode* prev = nullptr;
        TreeNode* node = root;
        while (node || !stack.empty()) {
            while (node) {
                stack.push_back(node);
                node = node->left;
            }
            node = stack.back();
            stack.pop_back();
            if (prev && node->val <= prev->val) return false;
            prev = node;
            node = node->right;
        }
        return true;
    }
};
