function exist(board: string[], word: string): boolean {
    const m = board.length, n = board[0].length;
    const counts = new Map<string, number>();
    for (const row of board) for (const ch of row) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const need = new Map<string, number>();
    for (const ch of word) need.set(ch, (need.get(ch) ?? 0) + 1);
    for (const [ch, k] of need) if ((counts.get(ch) ?? 0) < k) return false;
    if (counts.get(word[word.length - 1])! < counts.get(word[0])!) word = [...word].reverse().join("");
    const grid = board.map((row) => [...row]);
    const dfs = (r: number, c: number, i: number): boolean => {
        if (r < 0 || r >= m || c < 0 || c >= n || grid[r][c] !== word[i]) return false;
        if (i === word.length - 1) return true;
        grid[r][c] = "#";
        const found = dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
        grid[r][c] = word[i];
        return found;
    };
    for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (dfs(r, c, 0)) return true;
    return false;
}
