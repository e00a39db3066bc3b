class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Walk up from every value, looking for the next one by a linear scan: correct, but O(n^2)
        # (and worse along a long run) on 10^5 values.
        best = 0
        for x in nums:
            y = x
            while y + 1 in nums:  # a list: a linear scan
                y += 1
            best = max(best, y - x + 1)
        return best
