int** subsets(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    int total = 1 << numsSize;
    int** out = malloc(sizeof(int*) * total);
    *returnColumnSizes = malloc(sizeof(int) * total);
    for (int mask = 0; mask < total; mask++) {
        int k = __builtin_popcount(mask);
        out[mask] = malloc(sizeof(int) * (k > 0 ? k : 1));
        (*returnColumnSizes)[mask] = k;
        for (int i = 0, j = 0; i < numsSize; i++)
            if (mask >> i & 1) out[mask][j++] = nums[i];
    }
    *returnSize = total;
    return out;
}
