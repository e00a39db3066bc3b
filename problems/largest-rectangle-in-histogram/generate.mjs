// Oracle: nearest lower bar on each side found by jumping along the limits already computed
// (no stack), then the best height × width; checked against the all-ranges brute force (every
// (i, j) with a running minimum) on every small input.
function oracle(h) {
  const n = h.length, left = new Array(n), right = new Array(n);
  for (let i = 0; i < n; i++) {
    let j = i - 1;
    while (j >= 0 && h[j] >= h[i]) j = left[j];
    left[i] = j;
  }
  for (let i = n - 1; i >= 0; i--) {
    let j = i + 1;
    while (j < n && h[j] >= h[i]) j = right[j];
    right[i] = j;
  }
  let best = 0;
  for (let i = 0; i < n; i++) best = Math.max(best, h[i] * (right[i] - left[i] - 1));
  return best;
}
function brute(h) {
  let best = 0;
  for (let i = 0; i < h.length; i++) {
    let low = Infinity;
    for (let j = i; j < h.length; j++) {
      low = Math.min(low, h[j]);
      best = Math.max(best, low * (j - i + 1));
    }
  }
  return best;
}

export default function generate(rand, { expand }) {
  const M = 10000;
  const inputs = [
    [0],
    [M],
    [2, 4],
    [4, 2],
    [1, 1],
    [0, 0, 0],
    [1, 2, 3, 4, 5],        // increasing: everything is found in the final flush
    [5, 4, 3, 2, 1],
    [2, 1, 2],
    [6, 2, 5, 4, 5, 1, 6],
    [4, 0, 4],
    [3, 1, 3, 2, 2],
    [2, 2, 2, 2, 1, 5, 5],
  ];
  for (let i = 0; i < 10; i++) inputs.push(Array.from({ length: rand.int(1, 40) }, () => rand.int(0, i % 2 ? 6 : 100)));
  for (const h of inputs) if (oracle(h) !== brute(h)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify(h)}`);
  const n = 20000;
  // Large: all equal at the maximum (2 * 10^8); increasing (a deep stack flushed at the end);
  // random; random small heights (many ties).
  inputs.push(new Array(n).fill(M));
  inputs.push(Array.from({ length: n }, (_, i) => Math.floor(i / 2)));
  inputs.push(Array.from({ length: n }, () => rand.int(0, M)));
  inputs.push(Array.from({ length: n }, () => rand.int(1, 3)));
  const tests = inputs.map((heights) => ({ input: { heights }, output: oracle(heights) }));
  // The complexity guard: 10^5 random bars, made by the runner from this recipe; every range with
  // a running minimum is 5 * 10^9 steps.
  const guard = { $gen: "ints", n: 100000, min: 0, max: M, seed: 18 };
  tests.push({ input: { heights: guard }, output: oracle(expand(guard)) });
  return tests;
}
