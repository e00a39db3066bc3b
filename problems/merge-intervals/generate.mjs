function merge(intervals) {
  const a = intervals.map((x) => [...x]).sort((x, y) => x[0] - y[0]), out = [];
  for (const [s, e] of a) {
    if (out.length && s <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
    else out.push([s, e]);
  }
  return out;
}
export default function generate(rand) {
  const inputs = [[[1, 4]], [[1, 4], [0, 4]], [[1, 4], [2, 3]], [[1, 4], [0, 0]], [[4, 7], [1, 4]], [[0, 0], [0, 0]], [[2, 3], [4, 5], [6, 7], [8, 9], [1, 10]], [[5, 5], [1, 2], [3, 4]]];
  for (let i = 0; i < 6; i++) inputs.push(Array.from({ length: rand.int(1, 30) }, () => { const s = rand.int(0, 100); return [s, s + rand.int(0, 10)]; }));
  inputs.push(Array.from({ length: 10000 }, () => { const s = rand.int(0, 9990); return [s, s + rand.int(0, 3)]; }));
  return inputs.map((intervals) => ({ input: { intervals }, output: merge(intervals) }));
}
