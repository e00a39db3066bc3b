# Sorts and counts runs, but a repeated value resets the run instead of being skipped:
# [1, 2, 2, 3] gives 2 instead of 3.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums.sort()
        best = run = 1
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1] + 1:
                run += 1
            else:
                run = 1
            best = max(best, run)
        return best
