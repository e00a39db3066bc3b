class Solution {
    struct Node {
        unordered_map<char, Node*> next;
        string word;
    };
    vector<string> out;
    void dfs(const vector<string>& g, int r, int c, Node* node) {
        if (r < 0 || r >= (int)g.size() || c < 0 || c >= (int)g[0].size()) return;
        auto it = node->next.find(g[r][c]);
        if (it == node->next.end()) return;
        node = it->second;
        if (!node->word.empty()) {
            out.push_back(node->word);
            node->word.clear();
        }
        // no "in use" mark: a path may step back onto its own cells
        dfs(g, r + 1, c, node);
        dfs(g, r - 1, c, node);
        dfs(g, r, c + 1, node);
        dfs(g, r, c - 1, node);
    }

public:
    vector<string> findWords(vector<string>& board, vector<string>& words) {
        Node* root = new Node();
        for (auto& w : words) {
            Node* node = root;
            for (char ch : w) {
                if (!node->next.count(ch)) node->next[ch] = new Node();
                node = node->next[ch];
            }
            node->word = w;
        }
        for (int r = 0; r < (int)board.size(); r++)
            for (int c = 0; c < (int)board[0].size(); c++) dfs(board, r, c, root);
        return out;
    }
};
