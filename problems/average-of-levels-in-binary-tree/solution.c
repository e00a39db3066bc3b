/* BFS over an array used as a queue; level boundaries by index. */
double* averageOfLevels(struct TreeNode* root, int* returnSize) {
    *returnSize = 0;
    if (!root) return malloc(sizeof(double));
    int cap = 16, n = 1;
    struct TreeNode** queue = malloc(sizeof(struct TreeNode*) * cap);
    double* out = malloc(sizeof(double) * 16);
    int outCap = 16;
    queue[0] = root;
    int head = 0;
    while (head < n) {
        int end = n;
        long long sum = 0;
        for (int i = head; i < end; i++) {
            struct TreeNode* node = queue[i];
            sum += node->val;
            struct TreeNode* kids[2] = { node->left, node->right };
            for (int k = 0; k < 2; k++) {
                if (!kids[k]) continue;
                if (n == cap) { cap *= 2; queue = realloc(queue, sizeof(struct TreeNode*) * cap); }
                queue[n++] = kids[k];
            }
        }
        if (*returnSize == outCap) { outCap *= 2; out = realloc(out, sizeof(double) * outCap); }
        out[(*returnSize)++] = (double)sum / (end - head);
        head = end;
    }
    free(queue);
    return out;
}
