class Solution {
public:
    // For every bar, scan both sides for the tallest wall: correct, but O(n^2) on 10^5 bars.
    int trap(vector<int>& height) {
        int n = height.size(), water = 0;
        for (int i = 0; i < n; i++) {
            int l = 0, r = 0;
            for (int j = 0; j <= i; j++) l = max(l, height[j]);
            for (int j = i; j < n; j++) r = max(r, height[j]);
            water += min(l, r) - height[i];
        }
        return water;
    }
};
