static void visit(struct TreeNode* node, int* k, int* answer) {
    if (!node || *k == 0) return;
    visit(node->left, k, answer);
    if (*k == 0) return;
    if (--*k == 0) {
        *answer = node->val;
        return;
    }
    visit(node->right, k, answer);
}

int kthSmallest(struct TreeNode* root, int k) {
    int answer = -1;
    visit(root, &k, &answer);
    return answer;
}
