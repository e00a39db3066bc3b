class Solution {
public:
    // Minute by minute: scan the whole grid, rot every fresh orange next to a rotten one. Correct, but a
    // corridor that rots for O(mn) minutes costs O(mn) each: O((mn)^2).
    int orangesRotting(vector<vector<int>>& grid) {
        int m = (int)grid.size(), n = (int)grid[0].size(), minutes = 0;
        for (;;) {
            vector<vector<int>> next = grid;
            bool changed = false;
            for (int r = 0; r < m; r++)
                for (int c = 0; c < n; c++) {
                    if (grid[r][c] != 1) continue;
                    if ((r > 0 && grid[r - 1][c] == 2) || (r + 1 < m && grid[r + 1][c] == 2) ||
                        (c > 0 && grid[r][c - 1] == 2) || (c + 1 < n && grid[r][c + 1] == 2)) {
                        next[r][c] = 2;
                        changed = true;
                    }
                }
            if (!changed) break;
            grid = move(next);
            minutes++;
        }
        for (auto& row : grid) for (int x : row) if (x == 1) return -1;
        return minutes;
    }
};
