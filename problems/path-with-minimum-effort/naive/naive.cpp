class Solution {
public:
    // Relax every cell from its neighbours, sweep after sweep in reading order, until nothing changes
    // (Bellman-Ford on the grid). Correct, but a winding path can need O(mn) sweeps: O((mn)^2).
    int minimumEffortPath(vector<vector<int>>& heights) {
        int rows = (int)heights.size(), cols = (int)heights[0].size();
        vector<vector<int>> effort(rows, vector<int>(cols, INT_MAX));
        effort[0][0] = 0;
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        for (bool changed = true; changed;) {
            changed = false;
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++)
                    for (int d = 0; d < 4; d++) {
                        int nr = r + dr[d], nc = c + dc[d];
                        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || effort[nr][nc] == INT_MAX) continue;
                        int e = max(effort[nr][nc], abs(heights[nr][nc] - heights[r][c]));
                        if (e < effort[r][c]) { effort[r][c] = e; changed = true; }
                    }
        }
        return effort[rows - 1][cols - 1];
    }
};
