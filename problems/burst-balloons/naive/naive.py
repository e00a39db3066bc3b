class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # The interval recurrence (the last balloon burst between lo and hi) without memo: about 3^n calls.
        v = [1] + nums + [1]

        def best(lo: int, hi: int) -> int:
            b = 0
            for k in range(lo + 1, hi):
                b = max(b, best(lo, k) + best(k, hi) + v[lo] * v[k] * v[hi])
            return b

        return best(0, len(v) - 1)
