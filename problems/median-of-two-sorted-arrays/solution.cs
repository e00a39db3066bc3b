public class Solution {
    public double FindMedianSortedArrays(int[] nums1, int[] nums2) {
        // Binary search the cut in the shorter array.
        if (nums1.Length > nums2.Length) return FindMedianSortedArrays(nums2, nums1);
        int m = nums1.Length, n = nums2.Length, half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2, j = half - i;
            long aLeft = i > 0 ? nums1[i - 1] : long.MinValue, aRight = i < m ? nums1[i] : long.MaxValue;
            long bLeft = j > 0 ? nums2[j - 1] : long.MinValue, bRight = j < n ? nums2[j] : long.MaxValue;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else {
                long left = Math.Max(aLeft, bLeft);
                if ((m + n) % 2 == 1) return left;
                return (left + Math.Min(aRight, bRight)) / 2.0;
            }
        }
    }
}
