class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # best[i] = longest increasing subsequence ending at i, from every earlier element: O(n^2).
        best = [1] * len(nums)
        for i in range(len(nums)):
            x = nums[i]
            for j in range(i):
                if nums[j] < x and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
        return max(best)
