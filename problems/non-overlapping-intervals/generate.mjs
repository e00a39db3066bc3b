// Oracle: n minus the maximum number of compatible intervals, computed by a DP over intervals
// sorted by end (best[i] = max(best[i-1], 1 + best[last compatible]), binary search for it).
// Small inputs are checked against trying every subset.
function byDp(intervals) {
  const a = [...intervals].sort((x, y) => x[1] - y[1]);
  const best = [0];
  for (let i = 0; i < a.length; i++) {
    let lo = 0, hi = i; // count of intervals among a[0..i) with end <= a[i][0]
    while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid][1] <= a[i][0]) lo = mid + 1; else hi = mid; }
    best.push(Math.max(best[i], 1 + best[lo]));
  }
  return intervals.length - best[a.length];
}
function brute(intervals) {
  const n = intervals.length;
  let keep = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = intervals.filter((_, i) => mask & (1 << i));
    const ok = chosen.every((p, i) => chosen.every((q, j) => i === j || p[1] <= q[0] || q[1] <= p[0]));
    if (ok) keep = Math.max(keep, chosen.length);
  }
  return n - keep;
}
function randomIntervals(rand, n, lo, hi, maxLen) {
  return Array.from({ length: n }, () => { const s = rand.int(lo, hi - 1); return [s, Math.min(hi, s + rand.int(1, maxLen))]; });
}
export default function generate(rand, { expand }) {
  const inputs = [
    [[0, 1]], [[-50000, 50000]], [[1, 100], [11, 22], [1, 11], [2, 12]], [[1, 2], [2, 3], [1, 3], [3, 4]],
    [[0, 10], [1, 2], [3, 4], [5, 6]], [[-3, -1], [-2, 0], [-1, 1]], [[5, 6], [5, 6], [5, 7], [4, 6]],
    [[1, 5], [2, 3], [3, 4], [4, 6]],
  ];
  for (let i = 0; i < 8; i++) inputs.push(randomIntervals(rand, rand.int(2, 12), -10, 10, 6));
  for (const s of inputs) if (byDp(s) !== brute(s)) throw new Error(`intervals oracles disagree on ${JSON.stringify(s)}`);
  for (let t = 0; t < 300; t++) {
    const s = randomIntervals(rand, rand.int(1, 10), 0, 12, 5);
    if (byDp(s) !== brute(s)) throw new Error(`intervals oracles disagree on ${JSON.stringify(s)}`);
  }
  inputs.push(randomIntervals(rand, 10000, -50000, 50000, 30));
  inputs.push(randomIntervals(rand, 10000, -50000, 50000, 50000));
  inputs.push(rand.shuffle(Array.from({ length: 10000 }, (_, i) => [i * 10 - 50000, i * 10 - 49990])));  // a chain of touching intervals
  inputs.push(rand.shuffle(Array.from({ length: 9999 }, (_, i) => [i * 10 - 50000, i * 10 - 49980])));  // each overlaps its neighbours
  inputs.push(Array.from({ length: 10000 }, () => [-7, 7]));
  const tests = inputs.map((intervals) => ({ input: { intervals }, output: byDp(intervals) }));
  for (const t of tests) {
    if (JSON.stringify(t.input).length >= 200000) throw new Error("non-overlapping-intervals test over 200 KB");
    if (t.input.intervals.some(([s, e]) => !(s < e) || s < -50000 || e > 50000)) throw new Error("interval outside the constraints");
  }
  // The complexity guard: 5 * 10^4 intervals of length 1-200 in [-5 * 10^4, 5 * 10^4], made by the
  // runner from this recipe; a DP over every earlier interval is 1.25 * 10^9 steps.
  const guard = { $gen: "intervals", n: 50000, min: -50000, max: 50000, minLength: 1, maxLength: 200, seed: 18 };
  tests.push({ input: { intervals: guard }, output: byDp(expand(guard)) });
  return tests;
}
