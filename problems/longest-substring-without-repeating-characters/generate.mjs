function longest(s) {
  const last = new Map();
  let best = 0, start = 0;
  for (let i = 0; i < s.length; i++) {
    if (last.has(s[i]) && last.get(s[i]) >= start) start = last.get(s[i]) + 1;
    last.set(s[i], i);
    best = Math.max(best, i - start + 1);
  }
  return best;
}
// Brute force: every start, extended while its characters stay distinct (small inputs only).
function bruteForce(s) {
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const seen = new Set();
    for (let j = i; j < s.length && !seen.has(s[j]); j++) seen.add(s[j]);
    best = Math.max(best, seen.size);
  }
  return best;
}
export default function generate(rand) {
  const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
  const inputs = ["", " ", "a", "au", "dvdf", "abba", "tmmzuxt", "aab", "abcdefg", "  a b ", '"\\"\\'];
  for (let i = 0; i < 8; i++) {
    const alpha = printable.slice(0, rand.int(2, 95));
    inputs.push(Array.from({ length: rand.int(1, 60) }, () => alpha[rand.int(0, alpha.length - 1)]).join(""));
  }
  inputs.push(Array.from({ length: 50000 }, () => printable[rand.int(0, 94)]).join(""));
  inputs.push(printable.repeat(500));
  for (const s of inputs) {
    if (s.length <= 100 && bruteForce(s) !== longest(s)) throw new Error(`sliding-window oracle disagrees with brute force on ${JSON.stringify(s)}`);
  }
  return inputs.map((s) => ({ input: { s }, output: longest(s) }));
}
