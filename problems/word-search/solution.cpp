class Solution {
    vector<string> grid;
    string w;
    int m = 0, n = 0;
    bool dfs(int r, int c, int i) {
        if (r < 0 || r >= m || c < 0 || c >= n || grid[r][c] != w[i]) return false;
        if (i == (int)w.size() - 1) return true;
        grid[r][c] = '#';
        bool found = dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
        grid[r][c] = w[i];
        return found;
    }

public:
    bool exist(vector<string>& board, string word) {
        grid = board;
        m = board.size();
        n = board[0].size();
        array<int, 128> counts{}, need{};
        for (auto& row : board)
            for (char ch : row) counts[ch]++;
        for (char ch : word)
            if (++need[ch] > counts[ch]) return false;
        w = word;
        if (counts[w.back()] < counts[w.front()]) reverse(w.begin(), w.end());
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++)
                if (dfs(r, c, 0)) return true;
        return false;
    }
};
