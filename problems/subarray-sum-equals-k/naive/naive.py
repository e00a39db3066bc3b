class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        # Every start with a running sum: correct, but O(n^2) on 10^5 values.
        n = len(nums)
        count = 0
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total == k:
                    count += 1
        return count
