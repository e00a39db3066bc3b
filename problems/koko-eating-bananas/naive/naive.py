class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # Every speed in turn, from the lower bound ceil(sum / h) up: correct, but O(n * (max - sum / h)),
        # about 10^9 speeds of 10^4 piles when the hours barely cover the piles.
        k = max(1, (sum(piles) + h - 1) // h)
        while sum((p + k - 1) // k for p in piles) > h:
            k += 1
        return k
