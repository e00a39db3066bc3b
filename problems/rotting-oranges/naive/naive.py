class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Minute by minute: scan the whole grid, rot every fresh orange next to a rotten one. Correct, but a
        # corridor that rots for O(mn) minutes costs O(mn) each: O((mn)^2).
        m, n = len(grid), len(grid[0])
        minutes = 0
        while True:
            nxt = [row[:] for row in grid]
            changed = False
            for r in range(m):
                for c in range(n):
                    if grid[r][c] != 1:
                        continue
                    if (r > 0 and grid[r - 1][c] == 2) or (r + 1 < m and grid[r + 1][c] == 2) or \
                            (c > 0 and grid[r][c - 1] == 2) or (c + 1 < n and grid[r][c + 1] == 2):
                        nxt[r][c] = 2
                        changed = True
            if not changed:
                break
            grid = nxt
            minutes += 1
        return -1 if any(1 in row for row in grid) else minutes
