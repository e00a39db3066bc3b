class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        queue = collections.deque((r, c) for r in range(m) for c in range(n) if grid[r][c] == 2)
        minutes = 0
        while queue:
            rotted = False
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        rotted = True
                        queue.append((a, b))
            if rotted:
                minutes += 1
        return minutes
