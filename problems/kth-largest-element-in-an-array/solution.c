static void swapInts(int* a, int* b) {
    int t = *a;
    *a = *b;
    *b = t;
}

/* Quickselect with a random pivot and a three-way partition, in descending order. */
int findKthLargest(int* nums, int numsSize, int k) {
    int lo = 0, hi = numsSize - 1, want = k - 1;
    for (;;) {
        int pivot = nums[lo + rand() % (hi - lo + 1)];
        int lt = lo, i = lo, gt = hi;
        while (i <= gt) {
            if (nums[i] > pivot) swapInts(&nums[lt++], &nums[i++]);
            else if (nums[i] < pivot) swapInts(&nums[gt--], &nums[i]);
            else i++;
        }
        if (want < lt) hi = lt - 1;
        else if (want > gt) lo = gt + 1;
        else return pivot;
    }
}
