class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        inf = float("inf")
        price = [inf] * n
        price[src] = 0
        # after round i, price[v] is the cheapest way to reach v with at most i flights
        for _ in range(k + 1):
            nxt = price[:]
            for u, v, p in flights:
                if price[u] + p < nxt[v]:
                    nxt[v] = price[u] + p
            price = nxt
        return -1 if price[dst] == inf else price[dst]
