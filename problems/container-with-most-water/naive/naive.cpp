class Solution {
public:
    // Every pair: correct, but O(n^2) on 10^5 lines.
    int maxArea(vector<int>& height) {
        int n = (int)height.size(), best = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) best = max(best, min(height[i], height[j]) * (j - i));
        return best;
    }
};
