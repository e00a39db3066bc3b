/* Trie in flat arrays: next[node][letter] (-1 = none), the word index ending at node (-1 = none). */
typedef struct {
    int next[26];
    int word, children;
} TrieNode;

static TrieNode* trie;
static int trieSize;
static char grid[12][13];
static int gm, gn;
static char** found;
static int foundCount;
static char** allWords;

static int newNode(void) {
    for (int k = 0; k < 26; k++) trie[trieSize].next[k] = -1;
    trie[trieSize].word = -1;
    trie[trieSize].children = 0;
    return trieSize++;
}

static void dfs(int r, int c, int parent) {
    char ch = grid[r][c];
    int node = trie[parent].next[ch - 'a'];
    if (trie[node].word >= 0) {
        found[foundCount++] = allWords[trie[node].word];
        trie[node].word = -1;
    }
    grid[r][c] = '#';
    static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    for (int d = 0; d < 4; d++) {
        int a = r + dr[d], b = c + dc[d];
        if (a < 0 || a >= gm || b < 0 || b >= gn || grid[a][b] == '#') continue;
        if (trie[node].next[grid[a][b] - 'a'] >= 0) dfs(a, b, node);
    }
    grid[r][c] = ch;
    if (trie[node].children == 0 && trie[node].word < 0) {
        trie[parent].next[ch - 'a'] = -1;
        trie[parent].children--;
    }
}

char** findWords(char** board, int boardSize, char** words, int wordsSize, int* returnSize) {
    int letters = 1;
    for (int i = 0; i < wordsSize; i++) letters += strlen(words[i]);
    trie = malloc(sizeof(TrieNode) * letters);
    trieSize = 0;
    newNode();
    for (int i = 0; i < wordsSize; i++) {
        int node = 0;
        for (const char* p = words[i]; *p; p++) {
            if (trie[node].next[*p - 'a'] < 0) {
                int child = newNode();
                trie[node].next[*p - 'a'] = child;
                trie[node].children++;
            }
            node = trie[node].next[*p - 'a'];
        }
        trie[node].word = i;
    }
    gm = boardSize;
    gn = strlen(board[0]);
    for (int r = 0; r < gm; r++) memcpy(grid[r], board[r], gn);
    allWords = words;
    found = malloc(sizeof(char*) * (wordsSize > 0 ? wordsSize : 1));
    foundCount = 0;
    for (int r = 0; r < gm; r++)
        for (int c = 0; c < gn; c++)
            if (trie[0].next[grid[r][c] - 'a'] >= 0) dfs(r, c, 0);
    free(trie);
    *returnSize = foundCount;
    return found;
}
