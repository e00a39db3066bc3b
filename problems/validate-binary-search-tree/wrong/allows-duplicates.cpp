class Solution {
    bool within(TreeNode* node, long long lo, long long hi) {
        if (!node) return true;
        if (node->val < lo || node->val > hi) return false;
        return within(node->left, lo, node->val) && within(node->right, node->val, hi);
    }
public:
    bool isValidBST(TreeNode* root) {
        return within(root, LLONG_MIN, LLONG_MAX);
    }
};
