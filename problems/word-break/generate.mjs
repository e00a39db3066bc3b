// Oracle: forward reachability over positions. Small strings are also checked against a brute
// force that tries every way of cutting the string (2^(n-1) cut sets).
function reach(s, dict) {
  const words = new Set(dict);
  const ok = new Array(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (const w of words) if (s.startsWith(w, i)) ok[i + w.length] = true;
  }
  return ok[s.length];
}
function brute(s, dict) {
  const words = new Set(dict);
  const n = s.length;
  for (let cuts = 0; cuts < 1 << (n - 1); cuts++) {
    let start = 0, good = true;
    for (let i = 1; i <= n && good; i++) {
      if (i === n || cuts & (1 << (i - 1))) { good = words.has(s.slice(start, i)); start = i; }
    }
    if (good) return true;
  }
  return false;
}
function randWord(rand, lo, hi, letters) {
  let w = "";
  const n = rand.int(lo, hi);
  for (let i = 0; i < n; i++) w += rand.pick(letters);
  return w;
}
function distinct(words) { return [...new Set(words)]; }

export default function generate(rand) {
  const cases = [
    ["a", ["a"]],
    ["a", ["b"]],
    ["ab", ["a", "abc"]],
    ["aaaaaaa", ["aaaa", "aaa"]],
    ["goalspecial", ["go", "goal", "goals", "special"]],
    ["cars", ["car", "ca", "rs"]],
    ["bb", ["a", "b", "bbb", "bbbb"]],
    ["abcd", ["a", "abc", "b", "cd"]],
    ["aaab", ["a", "aa", "aaa"]],
  ];
  const letters2 = ["a", "b"], letters3 = ["a", "b", "c"];
  for (let i = 0; i < 8; i++) {
    const dict = distinct(Array.from({ length: rand.int(1, 6) }, () => randWord(rand, 1, 3, letters2)));
    let s = "";
    const target = rand.int(1, 14);
    while (s.length < target) s += rand.pick(dict);
    s = s.slice(0, Math.min(s.length, 14));
    if (i % 2 === 1) s = s.slice(0, -1) + rand.pick(letters3);
    if (s.length === 0) s = "a";
    cases.push([s, dict]);
  }
  for (const [s, d] of cases) if (reach(s, d) !== brute(s, d)) throw new Error(`word-break oracles disagree on ${s} ${d}`);
  for (let t = 0; t < 300; t++) {
    const d = distinct(Array.from({ length: rand.int(1, 5) }, () => randWord(rand, 1, 4, letters2)));
    const s = randWord(rand, 1, 12, letters2);
    if (reach(s, d) !== brute(s, d)) throw new Error(`word-break oracles disagree on ${s} ${d}`);
  }
  // Large: the classic trap for unmemoised recursion, and long strings built from a big dictionary.
  const as = Array.from({ length: 20 }, (_, i) => "a".repeat(i + 1));
  cases.push(["a".repeat(299) + "b", as]);
  cases.push(["a".repeat(150) + "b" + "a".repeat(149), [...as, "ab"]]);
  cases.push(["a".repeat(300), as.slice(4)]);
  const big = distinct(Array.from({ length: 1000 }, () => randWord(rand, 1, 20, [..."abcdefghijklmnopqrstuvwxyz"])));
  let s = "";
  while (s.length < 280) s += rand.pick(big);
  cases.push([s.slice(0, 300), big]);
  const fewLetters = distinct(Array.from({ length: 400 }, () => randWord(rand, 2, 8, ["a", "b"])));
  let u = "";
  while (u.length < 290) u += rand.pick(fewLetters);
  cases.push([u.slice(0, 300), fewLetters]);
  cases.push([u.slice(0, 299) + "c", fewLetters]);
  return cases.map(([s, wordDict]) => ({ input: { s, wordDict }, output: reach(s, wordDict) }));
}
