function totalNQueens(n: number): number {
    const cols = new Array<boolean>(n).fill(false);
    const diag = new Array<boolean>(2 * n).fill(false); // r - c + n
    const anti = new Array<boolean>(2 * n).fill(false); // r + c
    const place = (r: number): number => {
        if (r === n) return 1;
        let count = 0;
        for (let c = 0; c < n; c++) {
            if (cols[c] || diag[r - c + n] || anti[r + c]) continue;
            cols[c] = diag[r - c + n] = anti[r + c] = true;
            count += place(r + 1);
            cols[c] = diag[r - c + n] = anti[r + c] = false;
        }
        return count;
    };
    return place(0);
}
