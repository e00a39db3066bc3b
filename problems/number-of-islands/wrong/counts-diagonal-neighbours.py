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
                    r, c = stack.pop()
                    for dr in (-1, 0, 1):  # 8 directions: diagonal cells are not connected
                        for dc in (-1, 0, 1):
                            x, y = r + dr, c + dc
                            if 0 <= x < m and 0 <= y < n and g[x][y] == "1":
                                g[x][y] = "0"
                                stack.append((x, y))
        return islands
