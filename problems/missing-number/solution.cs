public class Solution {
    public int MissingNumber(int[] nums) {
        // XOR of 0..n and all values leaves the one index without a partner.
        int acc = nums.Length;
        for (int i = 0; i < nums.Length; i++) acc ^= i ^ nums[i];
        return acc;
    }
}
