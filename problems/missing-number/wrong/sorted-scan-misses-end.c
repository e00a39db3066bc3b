/* Sorts and returns the first index whose value differs; when the missing value is n, nothing differs. */
static int cmp(const void* a, const void* b) { return *(const int*)a - *(const int*)b; }

int missingNumber(int* nums, int numsSize) {
    qsort(nums, numsSize, sizeof(int), cmp);
    for (int i = 0; i < numsSize; i++) if (nums[i] != i) return i;
    return 0;
}
