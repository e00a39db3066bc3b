// Built by construction: choose n and the missing value m, then shuffle 0..n without m.
function build(rand, n, m) {
  const nums = [];
  for (let v = 0; v <= n; v++) if (v !== m) nums.push(v);
  return { input: { nums: rand.shuffle(nums) }, output: m };
}
export default function generate(rand) {
  const tests = [
    { input: { nums: [0] }, output: 1 },
    { input: { nums: [1] }, output: 0 },
    { input: { nums: [1, 2] }, output: 0 },
    { input: { nums: [0, 2] }, output: 1 },
    { input: { nums: [2, 1, 3, 4, 5, 6, 0] }, output: 7 },
    { input: { nums: [1, 2, 3, 4, 5, 6, 7] }, output: 0 },
  ];
  for (let i = 0; i < 8; i++) { const n = rand.int(2, 60); tests.push(build(rand, n, rand.int(0, n))); }
  tests.push(build(rand, 10000, 10000));
  tests.push(build(rand, 10000, 0));
  tests.push(build(rand, 10000, rand.int(1, 9999)));
  tests.push(build(rand, 9999, rand.int(1, 9998)));
  // Independent check of the construction.
  for (const t of tests) {
    const s = new Set(t.input.nums);
    const n = t.input.nums.length;
    if (s.size !== n || s.has(t.output) || t.output < 0 || t.output > n || t.input.nums.some((v) => v < 0 || v > n)) throw new Error("bad missing-number test");
  }
  return tests;
}
