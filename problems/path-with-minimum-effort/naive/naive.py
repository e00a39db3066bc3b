class Solution:
    def minimumEffortPath(self, heights: List[List[int]]) -> int:
        # Relax every cell from its neighbours, sweep after sweep in reading order, until nothing changes
        # (Bellman-Ford on the grid). Correct, but a winding path can need O(mn) sweeps: O((mn)^2).
        rows, cols = len(heights), len(heights[0])
        inf = float("inf")
        effort = [[inf] * cols for _ in range(rows)]
        effort[0][0] = 0
        changed = True
        while changed:
            changed = False
            for r in range(rows):
                for c in range(cols):
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and effort[nr][nc] != inf:
                            e = max(effort[nr][nc], abs(heights[nr][nc] - heights[r][c]))
                            if e < effort[r][c]:
                                effort[r][c] = e
                                changed = True
        return effort[rows - 1][cols - 1]
