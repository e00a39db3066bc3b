function findWords(board, words) {
    const root = { children: new Map(), word: null, count: 0 };
    for (const w of words) {
        let node = root;
        for (const ch of w) {
            if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), word: null });
            node = node.children.get(ch);
        }
        node.word = w;
    }
    const grid = board.map((row) => [...row]), m = grid.length, n = grid[0].length, out = [];
    const dfs = (r, c, parent) => {
        const ch = grid[r][c], node = parent.children.get(ch);
        if (node.word !== null) {
            out.push(node.word);
            node.word = null;
        }
        grid[r][c] = "#";
        for (const [a, b] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
            if (a >= 0 && a < m && b >= 0 && b < n && node.children.has(grid[a][b])) dfs(a, b, node);
        }
        grid[r][c] = ch;
        if (node.children.size === 0 && node.word === null) parent.children.delete(ch);
    };
    for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (root.children.has(grid[r][c])) dfs(r, c, root);
    return out;
}
