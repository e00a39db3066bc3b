class Solution {
    // For every bar, scan both sides for the tallest wall: correct, but O(n^2) on 10^5 bars.
    public int trap(int[] height) {
        int n = height.length, water = 0;
        for (int i = 0; i < n; i++) {
            int l = 0, r = 0;
            for (int j = 0; j <= i; j++) l = Math.max(l, height[j]);
            for (int j = i; j < n; j++) r = Math.max(r, height[j]);
            water += Math.min(l, r) - height[i];
        }
        return water;
    }
}
