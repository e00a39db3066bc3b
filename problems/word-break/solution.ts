function wordBreak(s: string, wordDict: string[]): boolean {
    const words = new Set(wordDict);
    const longest = Math.max(...wordDict.map((w) => w.length));
    const n = s.length;
    const ok: boolean[] = new Array(n + 1).fill(false);
    ok[0] = true;
    for (let i = 1; i <= n; i++) {
        for (let k = 1; k <= Math.min(longest, i); k++) {
            if (ok[i - k] && words.has(s.slice(i - k, i))) { ok[i] = true; break; }
        }
    }
    return ok[n];
}
