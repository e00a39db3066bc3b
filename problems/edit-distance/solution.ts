function minDistance(word1: string, word2: string): number {
    const m = word1.length, n = word2.length;
    const row: number[] = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= m; i++) {
        let diag = row[0];
        row[0] = i;
        for (let j = 1; j <= n; j++) {
            const up = row[j];
            row[j] = word1[i - 1] === word2[j - 1] ? diag : 1 + Math.min(up, row[j - 1], diag);
            diag = up;
        }
    }
    return row[n];
}
