class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = collections.Counter({0: 1})  # prefix sum -> how many prefixes have it
        total = count = 0
        for x in nums:
            total += x
            count += seen[total - k]
            seen[total] += 1
        return count
