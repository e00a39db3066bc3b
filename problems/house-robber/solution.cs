public class Solution {
    public int Rob(int[] nums) {
        // best totals over the houses up to two before and one before the current one
        int prev2 = 0, prev1 = 0;
        foreach (int x in nums) {
            int cur = Math.Max(prev1, prev2 + x);
            prev2 = prev1;
            prev1 = cur;
        }
        return prev1;
    }
}
