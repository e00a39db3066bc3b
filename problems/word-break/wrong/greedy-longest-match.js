// Greedy: at each position take the longest dictionary word that matches, never backtracking.
function wordBreak(s, wordDict) {
    let i = 0;
    while (i < s.length) {
        let best = 0;
        for (const w of wordDict) if (w.length > best && s.startsWith(w, i)) best = w.length;
        if (best === 0) return false;
        i += best;
    }
    return true;
}
