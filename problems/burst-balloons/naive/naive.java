class Solution {
    // The interval recurrence (the last balloon burst between lo and hi) without memo: about 3^n calls.
    public int maxCoins(int[] nums) {
        int[] v = new int[nums.length + 2];
        v[0] = v[v.length - 1] = 1;
        System.arraycopy(nums, 0, v, 1, nums.length);
        return best(v, 0, v.length - 1);
    }

    private int best(int[] v, int lo, int hi) {
        int b = 0;
        for (int k = lo + 1; k < hi; k++) b = Math.max(b, best(v, lo, k) + best(v, k, hi) + v[lo] * v[k] * v[hi]);
        return b;
    }
}
