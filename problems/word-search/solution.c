static char grid[6][7];
static int gm, gn, wlen;
static char w[16];

static bool dfs(int r, int c, int i) {
    if (r < 0 || r >= gm || c < 0 || c >= gn || grid[r][c] != w[i]) return false;
    if (i == wlen - 1) return true;
    grid[r][c] = '#';
    bool found = dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
    grid[r][c] = w[i];
    return found;
}

bool exist(char** board, int boardSize, char* word) {
    gm = boardSize;
    gn = strlen(board[0]);
    wlen = strlen(word);
    int counts[128] = {0}, need[128] = {0};
    for (int r = 0; r < gm; r++)
        for (int c = 0; c < gn; c++) {
            grid[r][c] = board[r][c];
            counts[(unsigned char)board[r][c]]++;
        }
    for (int i = 0; i < wlen; i++)
        if (++need[(unsigned char)word[i]] > counts[(unsigned char)word[i]]) return false;
    bool flip = counts[(unsigned char)word[wlen - 1]] < counts[(unsigned char)word[0]];
    for (int i = 0; i < wlen; i++) w[i] = flip ? word[wlen - 1 - i] : word[i];
    for (int r = 0; r < gm; r++)
        for (int c = 0; c < gn; c++)
            if (dfs(r, c, 0)) return true;
    return false;
}
