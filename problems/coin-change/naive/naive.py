import sys


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # The right recurrence (the last coin taken) as plain recursion without memo: exponential.
        sys.setrecursionlimit(100000)
        INF = float("inf")

        def fewest(a: int) -> float:
            if a == 0:
                return 0
            best = INF
            for c in coins:
                if c <= a:
                    r = fewest(a - c) + 1
                    if r < best:
                        best = r
            return best

        r = fewest(amount)
        return -1 if r == INF else int(r)
