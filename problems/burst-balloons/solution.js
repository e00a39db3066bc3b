function maxCoins(nums) {
    const v = [1, ...nums, 1];
    const n = v.length;
    // best[i][j]: most coins from bursting everything strictly between i and j.
    const best = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let gap = 2; gap < n; gap++) {
        for (let i = 0; i + gap < n; i++) {
            const j = i + gap, edge = v[i] * v[j];
            let b = 0;
            for (let k = i + 1; k < j; k++) b = Math.max(b, best[i][k] + best[k][j] + edge * v[k]);
            best[i][j] = b;
        }
    }
    return best[0][n - 1];
}
