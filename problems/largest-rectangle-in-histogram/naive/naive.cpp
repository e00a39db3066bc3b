class Solution {
public:
    // Every range (i, j) with a running minimum: correct, but O(n^2) on 10^5 bars.
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        for (int i = 0; i < n; i++) {
            int low = heights[i];
            for (int j = i; j < n; j++) {
                low = min(low, heights[j]);
                best = max(best, low * (j - i + 1));
            }
        }
        return best;
    }
};
