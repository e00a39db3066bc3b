public class Solution {
    public int LengthOfLIS(int[] nums) {
        // tails[L]: the smallest value ending an increasing subsequence of length L + 1 (sorted)
        int[] tails = new int[nums.Length];
        int size = 0;
        foreach (int x in nums) {
            int lo = 0, hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >> 1;
                if (tails[mid] < x) lo = mid + 1; else hi = mid;
            }
            tails[lo] = x;
            if (lo == size) size++;
        }
        return size;
    }
}
