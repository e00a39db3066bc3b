# Greedy: always burst the smallest remaining balloon first, hoping to keep the big ones as multipliers.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        vals = list(nums)
        coins = 0
        while vals:
            i = min(range(len(vals)), key=lambda k: vals[k])
            left = vals[i - 1] if i > 0 else 1
            right = vals[i + 1] if i + 1 < len(vals) else 1
            coins += left * vals[i] * right
            vals.pop(i)
        return coins
