class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Bellman-Ford: relax every edge, round after round, until nothing changes. Correct, but a path
        # listed backwards gains one node a round: O(V * E).
        inf = float("inf")
        dist = [inf] * (n + 1)
        dist[k] = 0
        for _ in range(n):
            changed = False
            for u, v, w in times:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        best = max(dist[1:])
        return -1 if best == inf else best
