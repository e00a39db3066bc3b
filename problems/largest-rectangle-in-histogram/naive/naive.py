class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Every range (i, j) with a running minimum: correct, but O(n^2) on 10^5 bars.
        best = 0
        n = len(heights)
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                low = min(low, heights[j])
                best = max(best, low * (j - i + 1))
        return best
