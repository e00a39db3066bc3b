class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # The rooms needed are the most meetings going on at once, which is so at some meeting's start:
        # count, at each start, the meetings going on. Correct, but O(n^2).
        best = 0
        for t, _ in intervals:
            going = 0
            for s, e in intervals:
                if s <= t < e:
                    going += 1
            best = max(best, going)
        return best
