class Solution {
public:
    int minimumEffortPath(vector<vector<int>>& heights) {
        int rows = heights.size(), cols = heights[0].size();
        vector<vector<int>> best(rows, vector<int>(cols, INT_MAX));
        best[0][0] = 0;
        const int dirs[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        // (effort, row, col)
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
        heap.push({0, 0, 0});
        while (!heap.empty()) {
            auto [effort, r, c] = heap.top();
            heap.pop();
            if (effort > best[r][c]) continue;
            if (r == rows - 1 && c == cols - 1) return effort;
            for (auto& d : dirs) {
                int nr = r + d[0], nc = c + d[1];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
                int e = max(effort, abs(heights[nr][nc] - heights[r][c]));
                if (e < best[nr][nc]) {
                    best[nr][nc] = e;
                    heap.push({e, nr, nc});
                }
            }
        }
        return 0;
    }
};
