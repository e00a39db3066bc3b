function maxArea(h) {
  let i = 0, j = h.length - 1, best = 0;
  while (i < j) {
    best = Math.max(best, Math.min(h[i], h[j]) * (j - i));
    if (h[i] < h[j]) i++; else j--;
  }
  return best;
}
// Brute force over every pair, to check the two-pointer oracle on the small inputs.
function bruteForce(h) {
  let best = 0;
  for (let i = 0; i < h.length; i++) for (let j = i + 1; j < h.length; j++) best = Math.max(best, Math.min(h[i], h[j]) * (j - i));
  return best;
}
export default function generate(rand, { expand }) {
  const inputs = [[0, 0], [0, 5], [5, 0], [1, 2, 1], [4, 3, 2, 1, 4], [1, 2, 4, 3], [2, 3, 10, 5, 7, 8, 9], [10000, 10000]];
  for (let i = 0; i < 6; i++) inputs.push(Array.from({ length: rand.int(2, 50) }, () => rand.int(0, 100)));
  // Large: the best pair is in the middle, so nothing ends early; ~5 characters a number.
  inputs.push(Array.from({ length: 20000 }, () => rand.int(0, 9999)));
  inputs.push(Array.from({ length: 20000 }, (_, i) => (i % 2 ? 1 : 9999 - (i % 1000))));
  for (const height of inputs) {
    if (height.length <= 2000 && bruteForce(height) !== maxArea(height)) throw new Error(`two-pointer oracle disagrees with brute force on ${JSON.stringify(height)}`);
  }
  const tests = inputs.map((height) => ({ input: { height }, output: maxArea(height) }));
  // The complexity guard: 10^5 lines, made by the runner from this recipe; O(n^2) pairs is 5 * 10^9.
  const guard = { $gen: "ints", n: 100000, min: 0, max: 10000, seed: 18 };
  tests.push({ input: { height: guard }, output: maxArea(expand(guard)) });
  return tests;
}
