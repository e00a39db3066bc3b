class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Every pair: correct, but O(n^2) on 10^5 lines.
        best = 0
        for i in range(len(height)):
            for j in range(i + 1, len(height)):
                best = max(best, min(height[i], height[j]) * (j - i))
        return best
