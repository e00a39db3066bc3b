class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        vals = [1] + nums + [1]
        n = len(vals)
        # best[i][j]: most coins from bursting every balloon strictly between i and j (i and j stay).
        best = [[0] * n for _ in range(n)]
        for gap in range(2, n):
            for i in range(0, n - gap):
                j = i + gap
                row_i, edge = best[i], vals[i] * vals[j]
                best[i][j] = max(row_i[k] + best[k][j] + edge * vals[k] for k in range(i + 1, j))
        return best[0][n - 1]
