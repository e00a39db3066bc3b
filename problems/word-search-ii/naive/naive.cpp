class Solution {
    vector<string> grid;

    bool spells(int r, int c, const string& word, int i) {
        if (r < 0 || r >= (int)grid.size() || c < 0 || c >= (int)grid[0].size() || grid[r][c] != word[i]) return false;
        if (i + 1 == (int)word.size()) return true;
        char ch = grid[r][c];
        grid[r][c] = '#';
        bool found = spells(r + 1, c, word, i + 1) || spells(r - 1, c, word, i + 1) || spells(r, c + 1, word, i + 1) || spells(r, c - 1, word, i + 1);
        grid[r][c] = ch;
        return found;
    }

public:
    // Word Search for each word on its own, from every cell: correct, but O(W * cells * 3^L), with
    // nothing shared between words that start alike.
    vector<string> findWords(vector<string>& board, vector<string>& words) {
        grid = board;
        vector<string> out;
        for (const string& w : words) {
            bool found = false;
            for (int r = 0; r < (int)grid.size() && !found; r++)
                for (int c = 0; c < (int)grid[0].size() && !found; c++) found = spells(r, c, w, 0);
            if (found) out.push_back(w);
        }
        return out;
    }
};
