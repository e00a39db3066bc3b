class Solution {
public:
    vector<vector<int>> floodFill(vector<vector<int>>& image, int sr, int sc, int color) {
        int orig = image[sr][sc];
        if (orig == color) return image;
        int m = image.size(), n = image[0].size();
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        vector<pair<int, int>> stack{{sr, sc}};
        image[sr][sc] = color;
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            for (int k = 0; k < 4; k++) {
                int a = r + dr[k], b = c + dc[k];
                if (a >= 0 && a < m && b >= 0 && b < n && image[a][b] == orig) {
                    image[a][b] = color;
                    stack.push_back({a, b});
                }
            }
        }
        return image;
    }
};
