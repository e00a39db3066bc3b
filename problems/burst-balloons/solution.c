int maxCoins(int* nums, int numsSize) {
    int n = numsSize + 2;
    int* v = malloc(sizeof(int) * n);
    v[0] = v[n - 1] = 1;
    for (int i = 0; i < numsSize; i++) v[i + 1] = nums[i];
    int* best = calloc((size_t)n * n, sizeof(int));  /* best[i * n + j]: everything strictly between i and j burst */
    for (int gap = 2; gap < n; gap++) {
        for (int i = 0; i + gap < n; i++) {
            int j = i + gap, edge = v[i] * v[j], b = 0;
            for (int k = i + 1; k < j; k++) {
                int c = best[i * n + k] + best[k * n + j] + edge * v[k];
                if (c > b) b = c;
            }
            best[i * n + j] = b;
        }
    }
    int answer = best[n - 1];
    free(best);
    free(v);
    return answer;
}
