// Oracle: one subset per bitmask.
function power(nums) {
  const out = [];
  for (let mask = 0; mask < 1 << nums.length; mask++) out.push(nums.filter((_, i) => mask & (1 << i)));
  return out;
}
function distinct(rand, n) { return rand.shuffle(Array.from({ length: 41 }, (_, i) => i - 20)).slice(0, n); }
export default function generate(rand) {
  const cases = [[5], [-20], [20], [0, 1], [1, 0], [-20, 20, 0], [3, 1, 2, 4]];
  for (let i = 0; i < 9; i++) cases.push(distinct(rand, rand.int(2, 9)));
  cases.push(distinct(rand, 10), distinct(rand, 11), distinct(rand, 12), [-20, -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, 20]);
  return cases.map((nums) => ({ input: { nums }, output: power(nums) }));
}
