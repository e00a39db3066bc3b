public class Solution {
    public int SingleNumber(int[] nums) {
        // Pairs cancel under XOR.
        int acc = 0;
        foreach (int x in nums) acc ^= x;
        return acc;
    }
}
