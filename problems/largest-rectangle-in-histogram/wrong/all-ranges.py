# Every range with a running minimum: correct, but O(n^2) — too slow for 20,000 bars.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        n = len(heights)
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                if heights[j] < low:
                    low = heights[j]
                if low * (j - i + 1) > best:
                    best = low * (j - i + 1)
        return best
