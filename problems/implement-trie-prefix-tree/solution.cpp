class Trie {
    // Nodes in one vector, children by index (0 = none: the root is node 0 and never a child).
    vector<array<int, 26>> children;
    vector<bool> endsHere;

    int walk(const string& s) const {
        int node = 0;
        for (char ch : s) {
            node = children[node][ch - 'a'];
            if (node == 0) return -1;
        }
        return node;
    }
public:
    Trie() : children(1), endsHere(1, false) {
        children[0].fill(0);
    }

    void insert(string word) {
        int node = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (children[node][c] == 0) {
                children[node][c] = (int)children.size();
                children.emplace_back();
                children.back().fill(0);
                endsHere.push_back(false);
            }
            node = children[node][c];
        }
        endsHere[node] = true;
    }

    bool search(string word) {
        int node = walk(word);
        return node >= 0 && endsHere[node];
    }

    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }
};
