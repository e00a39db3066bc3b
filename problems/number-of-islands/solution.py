class Solution:
    def numIslands(self, grid: List[str]) -> int:
        g = [list(r) for r in grid]
        m, n = len(g), len(g[0])
        islands = 0
        for i in range(m):
            for j in range(n):
                if g[i][j] != "1":
                    continue
                islands += 1
                g[i][j] = "0"
                stack = [(i, j)]
                while stack:
                    a, b = stack.pop()
                    for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                        if 0 <= x < m and 0 <= y < n and g[x][y] == "1":
                            g[x][y] = "0"
                            stack.append((x, y))
        return islands
