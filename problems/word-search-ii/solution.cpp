class Solution {
    struct Node {
        int next[26];
        int word = -1, children = 0;
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> trie;
    vector<string> grid;
    vector<string> out;
    const vector<string>* words = nullptr;

    void dfs(int r, int c, int parent) {
        char ch = grid[r][c];
        int node = trie[parent].next[ch - 'a'];
        if (trie[node].word >= 0) {
            out.push_back((*words)[trie[node].word]);
            trie[node].word = -1;
        }
        grid[r][c] = '#';
        static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        for (int d = 0; d < 4; d++) {
            int a = r + dr[d], b = c + dc[d];
            if (a < 0 || a >= (int)grid.size() || b < 0 || b >= (int)grid[0].size() || grid[a][b] == '#') continue;
            if (trie[node].next[grid[a][b] - 'a'] >= 0) dfs(a, b, node);
        }
        grid[r][c] = ch;
        if (trie[node].children == 0 && trie[node].word < 0) {
            trie[parent].next[ch - 'a'] = -1;
            trie[parent].children--;
        }
    }

public:
    vector<string> findWords(vector<string>& board, vector<string>& words) {
        this->words = &words;
        trie.assign(1, Node());
        for (int i = 0; i < (int)words.size(); i++) {
            int node = 0;
            for (char ch : words[i]) {
                if (trie[node].next[ch - 'a'] < 0) {
                    trie[node].next[ch - 'a'] = trie.size();
                    trie[node].children++;
                    trie.emplace_back();
                }
                node = trie[node].next[ch - 'a'];
            }
            trie[node].word = i;
        }
        grid = board;
        for (int r = 0; r < (int)grid.size(); r++)
            for (int c = 0; c < (int)grid[0].size(); c++)
                if (trie[0].next[grid[r][c] - 'a'] >= 0) dfs(r, c, 0);
        return out;
    }
};
