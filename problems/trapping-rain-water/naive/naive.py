class Solution:
    def trap(self, height: List[int]) -> int:
        # For every bar, scan both sides for the tallest wall: correct, but O(n^2) on 10^5 bars.
        n = len(height)
        water = 0
        for i in range(n):
            l = r = 0
            for j in range(i + 1):
                l = max(l, height[j])
            for j in range(i, n):
                r = max(r, height[j])
            water += min(l, r) - height[i]
        return water
