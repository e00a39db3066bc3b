// Oracle: prefix and suffix maximum arrays (the references use two pointers or a stack); checked
// against the per-column brute force (scan both sides for every bar) on every small input.
function oracle(h) {
  const n = h.length, left = new Array(n), right = new Array(n);
  for (let i = 0; i < n; i++) left[i] = Math.max(h[i], i > 0 ? left[i - 1] : 0);
  for (let i = n - 1; i >= 0; i--) right[i] = Math.max(h[i], i < n - 1 ? right[i + 1] : 0);
  let water = 0;
  for (let i = 0; i < n; i++) water += Math.min(left[i], right[i]) - h[i];
  return water;
}
function brute(h) {
  let water = 0;
  for (let i = 0; i < h.length; i++) {
    let l = 0, r = 0;
    for (let j = 0; j <= i; j++) l = Math.max(l, h[j]);
    for (let j = i; j < h.length; j++) r = Math.max(r, h[j]);
    water += Math.min(l, r) - h[i];
  }
  return water;
}

export default function generate(rand, { expand }) {
  const M = 100000;
  const inputs = [
    [0],
    [M],
    [5, 5],
    [3, 0, 3],
    [0, 3, 0],
    [2, 0, 2, 0, 2],
    [4, 3, 2, 1],
    [1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1],
    [4, 2, 0, 3, 2, 5],
    [5, 1, 1, 1, 5, 1, 1, 1, 5],
    [2, 1, 0, 1, 5, 1, 0, 1, 2],  // the tallest bar in the middle
    [0, 0, 0, 0],
    [M, 0, M],
  ];
  for (let i = 0; i < 10; i++) inputs.push(Array.from({ length: rand.int(1, 40) }, () => rand.int(0, i % 2 ? 5 : 50)));
  for (const h of inputs) if (oracle(h) !== brute(h)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify(h)}`);
  const n = 20000;
  // Large: tall walls at both ends with a floor of zeros (about 2*10^9 units); random; a
  // mountain (nothing trapped); a valley of steps (a deep stack).
  inputs.push([M, ...new Array(n - 2).fill(0), M]);
  inputs.push(Array.from({ length: n }, () => rand.int(0, M)));
  inputs.push(Array.from({ length: n }, (_, i) => Math.min(i, n - 1 - i) * 5));
  inputs.push(Array.from({ length: n }, (_, i) => Math.abs(n / 2 - i) * 5 + rand.int(0, 3)));
  // The complexity guard: 10^5 random bars up to 10^4 (so the answer fits in 32 bits), made by
  // the runner from this recipe; scanning both sides of every bar is 10^10 steps.
  const guard = { $gen: "ints", n: 100000, min: 0, max: 10000, seed: 18 };
  return [...inputs.map((height) => ({ input: { height }, height })), { input: { height: guard }, height: expand(guard) }].map(({ input, height }) => {
    const output = oracle(height);
    if (output >= 2 ** 31) throw new Error("answer overflows 32 bits");
    return { input, output };
  });
}
