class Solution {
public:
    int numIslands(vector<string>& grid) {
        int m = grid.size(), n = grid[0].size(), islands = 0;
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        vector<pair<int, int>> stack;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                islands++;
                grid[i][j] = '0';  // sink the island as it is explored
                stack.push_back({i, j});
                while (!stack.empty()) {
                    auto [r, c] = stack.back();
                    stack.pop_back();
                    for (int d = 0; d < 4; d++) {
                        int x = r + dr[d], y = c + dc[d];
                        if (x >= 0 && y >= 0 && x < m && y < n && grid[x][y] == '1') {
                            grid[x][y] = '0';
                            stack.push_back({x, y});
                        }
                    }
                }
            }
        }
        return islands;
    }
};
