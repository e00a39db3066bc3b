class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            seen[x] = i  # stored before the look-up: x can pair with itself
            if target - x in seen:
                return [seen[target - x], i]
        return []
