class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), fresh = 0;
        queue<pair<int, int>> q;
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) {
                if (grid[r][c] == 2) q.push({r, c});
                else if (grid[r][c] == 1) fresh++;
            }
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        int minutes = 0;
        while (!q.empty() && fresh > 0) {
            minutes++;
            for (int k = q.size(); k > 0; k--) {
                auto [r, c] = q.front();
                q.pop();
                for (int d = 0; d < 4; d++) {
                    int a = r + dr[d], b = c + dc[d];
                    if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 1) {
                        grid[a][b] = 2;
                        fresh--;
                        q.push({a, b});
                    }
                }
            }
        }
        return fresh > 0 ? -1 : minutes;
    }
};
