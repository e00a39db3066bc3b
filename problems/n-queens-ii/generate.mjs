// Oracle: row-by-row backtracking with explicit column/diagonal arrays; for n <= 8 it is checked against
// a brute force over all permutations (one queen per row and column) that tests every pair of queens.
function backtrack(n) {
  const col = new Array(n).fill(false), d1 = new Array(2 * n).fill(false), d2 = new Array(2 * n).fill(false);
  const go = (r) => {
    if (r === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (col[c] || d1[r - c + n] || d2[r + c]) continue;
      col[c] = d1[r - c + n] = d2[r + c] = true;
      count += go(r + 1);
      col[c] = d1[r - c + n] = d2[r + c] = false;
    }
    return count;
  };
  return go(0);
}
function brute(n) {
  let count = 0;
  const perm = [], used = new Array(n).fill(false);
  const go = () => {
    if (perm.length === n) {
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (Math.abs(perm[i] - perm[j]) === j - i) return;
      count++;
      return;
    }
    for (let c = 0; c < n; c++) if (!used[c]) { used[c] = true; perm.push(c); go(); perm.pop(); used[c] = false; }
  };
  go();
  return count;
}
export default function generate() {
  const out = [];
  for (let n = 1; n <= 12; n++) {
    const count = backtrack(n);
    if (n <= 8 && count !== brute(n)) throw new Error(`oracle disagreement for n = ${n}`);
    out.push({ input: { n }, output: count });
  }
  return out;
}
