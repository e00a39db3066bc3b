double findMedianSortedArrays(int* nums1, int nums1Size, int* nums2, int nums2Size) {
    if (nums1Size > nums2Size) return findMedianSortedArrays(nums2, nums2Size, nums1, nums1Size);
    int m = nums1Size, n = nums2Size, half = (m + n + 1) / 2;
    int lo = 0, hi = m;
    for (;;) {
        int i = (lo + hi) / 2, j = half - i;
        long long aLeft = i > 0 ? nums1[i - 1] : LLONG_MIN, aRight = i < m ? nums1[i] : LLONG_MAX;
        long long bLeft = j > 0 ? nums2[j - 1] : LLONG_MIN, bRight = j < n ? nums2[j] : LLONG_MAX;
        if (aLeft > bRight) hi = i - 1;
        else if (bLeft > aRight) lo = i + 1;
        else {
            long long left = aLeft > bLeft ? aLeft : bLeft;
            if ((m + n) % 2) return (double)left;
            long long right = aRight < bRight ? aRight : bRight;
            return (left + right) / 2.0;
        }
    }
}
