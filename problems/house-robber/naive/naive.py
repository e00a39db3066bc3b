class Solution:
    def rob(self, nums: List[int]) -> int:
        # Take or skip each house, as plain recursion without memo: about 1.62^n calls.
        def best(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
