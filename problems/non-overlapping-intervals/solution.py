class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        kept = 0
        last_end = float("-inf")
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if start >= last_end:
                kept += 1
                last_end = end
        return len(intervals) - kept
