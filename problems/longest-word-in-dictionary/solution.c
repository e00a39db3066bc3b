typedef struct {
    int next[26];
    int word;
} TrieNode;

static TrieNode* trie;
static char** dict;
static int bestNode, bestDepth;

static void dfs(int node, int depth) {
    if (depth > bestDepth) { /* children are visited in alphabetical order: the first of a depth is smallest */
        bestDepth = depth;
        bestNode = node;
    }
    for (int k = 0; k < 26; k++) {
        int child = trie[node].next[k];
        if (child >= 0 && trie[child].word >= 0) dfs(child, depth + 1);
    }
}

char* longestWord(char** words, int wordsSize) {
    int letters = 1;
    for (int i = 0; i < wordsSize; i++) letters += strlen(words[i]);
    trie = malloc(sizeof(TrieNode) * letters);
    int size = 1;
    for (int k = 0; k < 26; k++) trie[0].next[k] = -1;
    trie[0].word = -1;
    for (int i = 0; i < wordsSize; i++) {
        int node = 0;
        for (const char* p = words[i]; *p; p++) {
            int k = *p - 'a';
            if (trie[node].next[k] < 0) {
                for (int j = 0; j < 26; j++) trie[size].next[j] = -1;
                trie[size].word = -1;
                trie[node].next[k] = size++;
            }
            node = trie[node].next[k];
        }
        trie[node].word = i;
    }
    dict = words;
    bestNode = 0;
    bestDepth = 0;
    dfs(0, 0);
    char* out = malloc(bestDepth + 1);
    if (bestDepth > 0) memcpy(out, dict[trie[bestNode].word], bestDepth);
    out[bestDepth] = '\0';
    free(trie);
    return out;
}
