class Solution {
    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
        int m = nums1.length, n = nums2.length, half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2, j = half - i;
            long aLeft = i > 0 ? nums1[i - 1] : Long.MIN_VALUE, aRight = i < m ? nums1[i] : Long.MAX_VALUE;
            long bLeft = j > 0 ? nums2[j - 1] : Long.MIN_VALUE, bRight = j < n ? nums2[j] : Long.MAX_VALUE;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else {
                long left = Math.max(aLeft, bLeft);
                if ((m + n) % 2 == 1) return left;
                return (left + Math.min(aRight, bRight)) / 2.0;
            }
        }
    }
}
