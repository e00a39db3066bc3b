function merge(intervals) {
  const a = intervals.map((x) => [...x]).sort((x, y) => x[0] - y[0]), out = [];
  for (const [s, e] of a) {
    if (out.length && s <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
    else out.push([s, e]);
  }
  return out;
}
// Brute force, to check the sorting oracle on the small inputs: intervals that overlap (touching
// counts) join one group, a group merges into [least start, greatest end].
function brute(intervals) {
  const group = intervals.map((_, i) => i);
  const find = (x) => (group[x] === x ? x : (group[x] = find(group[x])));
  for (let i = 0; i < intervals.length; i++) for (let j = i + 1; j < intervals.length; j++) {
    if (intervals[i][0] <= intervals[j][1] && intervals[j][0] <= intervals[i][1]) group[find(i)] = find(j);
  }
  const out = new Map();
  intervals.forEach(([s, e], i) => { const g = out.get(find(i)); if (g) { g[0] = Math.min(g[0], s); g[1] = Math.max(g[1], e); } else out.set(find(i), [s, e]); });
  return [...out.values()].sort((x, y) => x[0] - y[0]);
}
export default function generate(rand, { expand }) {
  const inputs = [[[1, 4]], [[1, 4], [0, 4]], [[1, 4], [2, 3]], [[1, 4], [0, 0]], [[4, 7], [1, 4]], [[0, 0], [0, 0]], [[2, 3], [4, 5], [6, 7], [8, 9], [1, 10]], [[5, 5], [1, 2], [3, 4]]];
  for (let i = 0; i < 6; i++) inputs.push(Array.from({ length: rand.int(1, 30) }, () => { const s = rand.int(0, 100); return [s, s + rand.int(0, 10)]; }));
  inputs.push(Array.from({ length: 10000 }, () => { const s = rand.int(0, 9990); return [s, s + rand.int(0, 3)]; }));
  for (const intervals of inputs) {
    if (intervals.length <= 2000 && JSON.stringify(brute(intervals)) !== JSON.stringify(merge(intervals))) throw new Error(`sorting oracle disagrees with brute force on ${JSON.stringify(intervals)}`);
  }
  const tests = inputs.map((intervals) => ({ input: { intervals }, output: merge(intervals) }));
  // The complexity guard: 5 * 10^4 intervals in [0, 10^4] (dozens of merged groups), made by the runner from
  // this recipe; comparing every pair is 1.25 * 10^9 comparisons.
  const guard = { $gen: "intervals", n: 50000, min: 0, max: 10000, minLength: 0, maxLength: 1, seed: 18 };
  tests.push({ input: { intervals: guard }, output: merge(expand(guard)) });
  return tests;
}
