static int countNodes(struct TreeNode* node) {
    return node ? 1 + countNodes(node->left) + countNodes(node->right) : 0;
}

int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {
    int n = countNodes(root);
    int** out = malloc(sizeof(int*) * (n > 0 ? n : 1));
    *returnColumnSizes = malloc(sizeof(int) * (n > 0 ? n : 1));
    *returnSize = 0;
    if (n == 0) return out;
    struct TreeNode** queue = malloc(sizeof(struct TreeNode*) * n);
    int head = 0, tail = 0;
    queue[tail++] = root;
    while (head < tail) {
        int size = tail - head;
        int* row = malloc(sizeof(int) * size);
        for (int i = 0; i < size; i++) {
            struct TreeNode* node = queue[head++];
            row[i] = node->val;
            if (node->left) queue[tail++] = node->left;
            if (node->right) queue[tail++] = node->right;
        }
        out[*returnSize] = row;
        (*returnColumnSizes)[*returnSize] = size;
        (*returnSize)++;
    }
    free(queue);
    return out;
}
