class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)

        def connected_without(skip: int) -> bool:
            adj = [[] for _ in range(n + 1)]
            for i, (a, b) in enumerate(edges):
                if i != skip:
                    adj[a].append(b)
                    adj[b].append(a)
            seen = {1}
            stack = [1]
            while stack:
                for w in adj[stack.pop()]:
                    if w not in seen:
                        seen.add(w)
                        stack.append(w)
            return len(seen) == n

        # O(n^2): one whole traversal per candidate edge
        for i in range(n - 1, -1, -1):
            if connected_without(i):
                return edges[i]
        return []
