class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Every simple route with at most k + 1 flights: correct, but exponential in k.
        out = [[] for _ in range(n)]
        for u, v, p in flights:
            out[u].append((v, p))
        seen = [False] * n
        best = float("inf")

        def walk(u: int, cost: int, left: int) -> None:
            nonlocal best
            if u == dst:
                best = min(best, cost)
                return
            if left == 0:
                return
            seen[u] = True
            for v, p in out[u]:
                if not seen[v]:
                    walk(v, cost + p, left - 1)
            seen[u] = False

        walk(src, 0, k + 1)
        return -1 if best == float("inf") else best
