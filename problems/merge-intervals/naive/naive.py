class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Every pair: overlapping intervals (touching counts) join one group, and a group merges into
        # [least start, greatest end]. Correct, but O(n^2) comparisons.
        n = len(intervals)
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i in range(n):
            s, e = intervals[i]
            for j in range(i + 1, n):
                if s <= intervals[j][1] and intervals[j][0] <= e:
                    parent[find(i)] = find(j)
        groups: Dict[int, List[int]] = {}
        for i in range(n):
            g = groups.setdefault(find(i), [intervals[i][0], intervals[i][1]])
            g[0] = min(g[0], intervals[i][0])
            g[1] = max(g[1], intervals[i][1])
        return list(groups.values())
