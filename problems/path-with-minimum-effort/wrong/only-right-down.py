class Solution:
    def minimumEffortPath(self, heights: List[List[int]]) -> int:
        rows, cols = len(heights), len(heights[0])
        best = [[0] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                if r == 0 and c == 0:
                    continue
                options = []
                if r > 0:  # only ever arrives from above or from the left
                    options.append(max(best[r - 1][c], abs(heights[r][c] - heights[r - 1][c])))
                if c > 0:
                    options.append(max(best[r][c - 1], abs(heights[r][c] - heights[r][c - 1])))
                best[r][c] = min(options)
        return best[rows - 1][cols - 1]
