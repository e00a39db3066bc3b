// Oracle: a sweep over +1/-1 events (ends before starts at equal times). Small inputs are
// checked against a brute force: the largest number of meetings running at any start time.
function sweep(intervals) {
  const events = [];
  for (const [s, e] of intervals) events.push([s, 1], [e, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0, best = 0;
  for (const [, d] of events) { cur += d; best = Math.max(best, cur); }
  return best;
}
function brute(intervals) {
  let best = 0;
  for (const [t] of intervals) best = Math.max(best, intervals.filter(([s, e]) => s <= t && t < e).length);
  return best;
}
function randomMeetings(rand, n, hi, maxLen) {
  return Array.from({ length: n }, () => { const s = rand.int(0, hi - 1); return [s, Math.min(hi, s + rand.int(1, maxLen))]; });
}
export default function generate(rand, { expand }) {
  const inputs = [
    [[0, 1]], [[0, 1000000]], [[1, 2], [1, 2]], [[1, 2], [2, 3]], [[1, 10], [2, 3], [4, 5], [6, 7]],
    [[1, 10], [2, 9], [3, 8], [4, 7], [5, 6]], [[9, 10], [4, 9], [4, 17]], [[2, 11], [6, 16], [11, 16]],
    [[13, 15], [1, 13]], [[1, 3], [2, 4], [3, 5], [4, 6]],
  ];
  for (let i = 0; i < 8; i++) inputs.push(randomMeetings(rand, rand.int(2, 30), 40, 12));
  for (const s of inputs) if (sweep(s) !== brute(s)) throw new Error(`meeting-rooms oracles disagree on ${JSON.stringify(s)}`);
  for (let t = 0; t < 300; t++) {
    const s = randomMeetings(rand, rand.int(1, 12), 15, 6);
    if (sweep(s) !== brute(s)) throw new Error(`meeting-rooms oracles disagree on ${JSON.stringify(s)}`);
  }
  inputs.push(randomMeetings(rand, 10000, 1000000, 500));
  inputs.push(randomMeetings(rand, 10000, 1000000, 1000000));
  inputs.push(rand.shuffle(Array.from({ length: 10000 }, (_, i) => [i * 100, i * 100 + 100])));   // back to back: 1 room
  inputs.push(Array.from({ length: 10000 }, (_, i) => [i, 1000000 - i]));                         // nested: n rooms
  inputs.push(rand.shuffle(Array.from({ length: 10000 }, (_, i) => [(i % 100) * 50, (i % 100) * 50 + 50])));
  const tests = inputs.map((intervals) => ({ input: { intervals }, output: sweep(intervals) }));
  for (const t of tests) if (JSON.stringify(t.input).length >= 200000) throw new Error("meeting-rooms test over 200 KB");
  // The complexity guard: 3.5 * 10^4 meetings of length 1-10^4 in [0, 10^6], made by the runner from
  // this recipe; counting the meetings going on at every start is 1.2 * 10^9 steps.
  const guard = { $gen: "intervals", n: 35000, min: 0, max: 1000000, minLength: 1, maxLength: 10000, seed: 18 };
  tests.push({ input: { intervals: guard }, output: sweep(expand(guard)) });
  return tests;
}
