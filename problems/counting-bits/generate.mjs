// Oracle: count the '1' characters of each number's binary string.
function countBits(n) {
  const out = [];
  for (let i = 0; i <= n; i++) out.push([...i.toString(2)].filter((c) => c === "1").length);
  return out;
}
export default function generate(rand) {
  const ns = [0, 1, 3, 4, 7, 8, 15, 16, 31, 32, 64, 100, 255, 1023, 1024];
  for (let i = 0; i < 5; i++) ns.push(rand.int(2, 5000));
  ns.push(65535, 65536, 80000);
  const tests = ns.map((n) => ({ input: { n }, output: countBits(n) }));
  for (const t of tests) if (JSON.stringify(t.output).length >= 200000) throw new Error(`counting-bits test n=${t.input.n} over 200 KB`);
  return tests;
}
