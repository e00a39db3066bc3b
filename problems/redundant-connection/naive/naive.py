class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Before adding each edge, search the graph built so far for a path between its ends: the first
        # edge whose ends are already connected closes the cycle. Correct, but O(n) a search: O(n^2).
        n = len(edges)
        adj = [[] for _ in range(n + 1)]
        for a, b in edges:
            seen = {a}
            stack = [a]
            found = False
            while stack and not found:
                v = stack.pop()
                if v == b:
                    found = True
                for w in adj[v]:
                    if w not in seen:
                        seen.add(w)
                        stack.append(w)
            if found:
                return [a, b]
            adj[a].append(b)
            adj[b].append(a)
        return []
