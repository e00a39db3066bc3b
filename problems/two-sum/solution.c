/* Sort indices by value, then two pointers: O(n log n). */
static int* values;
static int byValue(const void* a, const void* b) {
    int x = values[*(const int*)a], y = values[*(const int*)b];
    return (x > y) - (x < y);
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int* idx = malloc(sizeof(int) * numsSize);
    for (int i = 0; i < numsSize; i++) idx[i] = i;
    values = nums;
    qsort(idx, numsSize, sizeof(int), byValue);
    int lo = 0, hi = numsSize - 1;
    int* out = malloc(sizeof(int) * 2);
    *returnSize = 0;
    while (lo < hi) {
        long long s = (long long)nums[idx[lo]] + nums[idx[hi]];
        if (s == target) { out[0] = idx[lo]; out[1] = idx[hi]; *returnSize = 2; break; }
        if (s < target) lo++; else hi--;
    }
    free(idx);
    return out;
}
