class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Sorted by start, keep[i] is the most intervals kept among the first i + 1 with interval i last,
        # from every earlier interval that ends by its start. Correct, but O(n^2).
        a = sorted(intervals)
        keep = [1] * len(a)
        for i in range(len(a)):
            start = a[i][0]
            for j in range(i):
                if a[j][1] <= start and keep[j] + 1 > keep[i]:
                    keep[i] = keep[j] + 1
        return len(a) - max(keep)
