class Solution {
    struct Node {
        int next[26];
        int word = -1;
        Node() { fill(begin(next), end(next), -1); }
    };

public:
    string longestWord(vector<string>& words) {
        vector<Node> trie(1);
        for (int i = 0; i < (int)words.size(); i++) {
            int node = 0;
            for (char ch : words[i]) {
                if (trie[node].next[ch - 'a'] < 0) {
                    trie[node].next[ch - 'a'] = trie.size();
                    trie.emplace_back();
                }
                node = trie[node].next[ch - 'a'];
            }
            trie[node].word = i;
        }
        // DFS over word-end nodes only, children in alphabetical order; strictly deeper replaces
        string best;
        int bestDepth = 0;
        vector<pair<int, int>> stack{{0, 0}};
        while (!stack.empty()) {
            auto [node, depth] = stack.back();
            stack.pop_back();
            if (depth > bestDepth || (depth == bestDepth && depth > 0 && words[trie[node].word] < best)) {
                bestDepth = depth;
                best = words[trie[node].word];
            }
            for (int k = 25; k >= 0; k--) {
                int child = trie[node].next[k];
                if (child >= 0 && trie[child].word >= 0) stack.push_back({child, depth + 1});
            }
        }
        return best;
    }
};
