// Grid DP: every value is at most the answer (<= 2 * 10^15), so doubles stay exact.
function uniquePaths(m: number, n: number): number {
    const row: number[] = new Array(n).fill(1);
    for (let r = 1; r < m; r++) {
        for (let c = 1; c < n; c++) row[c] += row[c - 1];
    }
    return row[n - 1];
}
