class Solution {
    // Every range (i, j) with a running minimum: correct, but O(n^2) on 10^5 bars.
    public int largestRectangleArea(int[] heights) {
        int n = heights.length, best = 0;
        for (int i = 0; i < n; i++) {
            int low = heights[i];
            for (int j = i; j < n; j++) {
                low = Math.min(low, heights[j]);
                best = Math.max(best, low * (j - i + 1));
            }
        }
        return best;
    }
}
