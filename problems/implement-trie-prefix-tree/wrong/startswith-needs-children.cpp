// Reads "prefix" as a proper prefix: startsWith asks for a node with children, so a word that was
// inserted is not a prefix of itself unless a longer word continues it.
struct TrieNode {
    TrieNode* children[26] = {};
    bool end = false;
};

class Trie {
    TrieNode* root = new TrieNode();

    TrieNode* walk(const string& s) {
        TrieNode* node = root;
        for (char ch : s) {
            node = node->children[ch - 'a'];
            if (!node) return nullptr;
        }
        return node;
    }
public:
    Trie() {
    }

    void insert(string word) {
        TrieNode* node = root;
        for (char ch : word) {
            if (!node->children[ch - 'a']) node->children[ch - 'a'] = new TrieNode();
            node = node->children[ch - 'a'];
        }
        node->end = true;
    }

    bool search(string word) {
        TrieNode* node = walk(word);
        return node && node->end;
    }

    bool startsWith(string prefix) {
        TrieNode* node = walk(prefix);
        if (!node) return false;
        for (TrieNode* child : node->children)
            if (child) return true;
        return false;
    }
};
