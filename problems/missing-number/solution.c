int missingNumber(int* nums, int numsSize) {
    int acc = numsSize;
    for (int i = 0; i < numsSize; i++) acc ^= i ^ nums[i];
    return acc;
}
