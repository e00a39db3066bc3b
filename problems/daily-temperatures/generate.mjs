// Oracle: right to left with jumps along the answers already found (not the references' stack);
// checked against the forward-scan brute force on every small input.
function oracle(t) {
  const n = t.length, ans = new Array(n).fill(0);
  for (let i = n - 2; i >= 0; i--) {
    let j = i + 1;
    while (j < n && t[j] <= t[i]) j = ans[j] > 0 ? j + ans[j] : n;
    ans[i] = j < n ? j - i : 0;
  }
  return ans;
}
function brute(t) {
  return t.map((x, i) => {
    for (let j = i + 1; j < t.length; j++) if (t[j] > x) return j - i;
    return 0;
  });
}

export default function generate(rand, { expand }) {
  const inputs = [
    [30],
    [100],
    [30, 100],
    [100, 30],
    [50, 50],
    [50, 50, 51],
    [73, 74, 75, 71, 69, 72, 76, 73],
    [100, 99, 98, 97, 96],
    [30, 31, 32, 33, 34],
    [60, 40, 60, 40, 61],
    [34, 80, 80, 34, 34, 80, 80, 81, 90],
  ];
  for (let i = 0; i < 10; i++) inputs.push(Array.from({ length: rand.int(1, 40) }, () => rand.int(30, i % 2 ? 35 : 100)));
  for (const t of inputs) {
    if (JSON.stringify(oracle(t)) !== JSON.stringify(brute(t))) throw new Error(`oracle disagrees with brute force on ${JSON.stringify(t)}`);
  }
  const n = 30000;
  // Large: random; equal days then one warmer (a forward scan is quadratic); a zigzag falling slowly.
  inputs.push(Array.from({ length: n }, () => rand.int(30, 100)));
  inputs.push([...Array.from({ length: n - 1 }, () => 99), 100]);
  inputs.push(Array.from({ length: n }, (_, i) => 100 - Math.floor((70 * i) / n) - (i % 2)));
  const tests = inputs.map((temperatures) => ({ input: { temperatures }, output: oracle(temperatures) }));
  // The complexity guard: 10^5 days that never warm up (falling, with ties), made by the runner
  // from this recipe; scanning forward from every day is 5 * 10^9 steps. Every answer is 0, so
  // the expected output stays under 256 KiB.
  const guard = { $gen: "ints", n: 100000, min: 30, max: 100, seed: 18, order: "desc" };
  tests.push({ input: { temperatures: guard }, output: oracle(expand(guard)) });
  return tests;
}
