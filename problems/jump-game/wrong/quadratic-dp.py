# good[i]: index i reaches the end. Checks every jump length: O(n * max jump), too slow on big jumps.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        good = [False] * n
        good[n - 1] = True
        for i in range(n - 2, -1, -1):
            for k in range(1, nums[i] + 1):
                if i + k < n and good[i + k]:
                    good[i] = True
                    break
        return good[0]
