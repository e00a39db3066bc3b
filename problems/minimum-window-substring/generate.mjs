// Oracle: binary search on the window length L (covering is monotone in L), checking every
// window of a fixed length with a sliding count, then the leftmost window of the minimal length.
// The references use the variable-size two-pointer window instead. Checked against a brute
// force (every start, extend until covered) on every small input.
const idx = (c) => c.charCodeAt(0);
function needOf(t) {
  const need = new Array(128).fill(0);
  for (const c of t) need[idx(c)]++;
  return need;
}
// Start of the leftmost window of length L covering t, or -1.
function firstCover(s, t, L) {
  if (L > s.length) return -1;
  const need = needOf(t), have = new Array(128).fill(0);
  let missing = t.length;
  for (let i = 0; i < s.length; i++) {
    const c = idx(s[i]);
    if (have[c]++ < need[c]) missing--;
    if (i >= L) {
      const d = idx(s[i - L]);
      if (--have[d] < need[d]) missing++;
    }
    if (i >= L - 1 && missing === 0) return i - L + 1;
  }
  return -1;
}
function oracle(s, t) {
  if (firstCover(s, t, s.length) < 0) return "";
  let lo = 1, hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (firstCover(s, t, mid) >= 0) hi = mid; else lo = mid + 1;
  }
  const start = firstCover(s, t, lo);
  return s.slice(start, start + lo);
}
function brute(s, t) {
  let best = "";
  for (let i = 0; i < s.length; i++) {
    const need = needOf(t);
    let missing = t.length;
    for (let j = i; j < s.length; j++) {
      if (need[idx(s[j])]-- > 0) missing--;
      if (missing === 0) {
        if (best === "" || j - i + 1 < best.length) best = s.slice(i, j + 1);
        break;
      }
    }
  }
  return best;
}
const word = (rand, n, letters) => Array.from({ length: n }, () => rand.pick(letters)).join("");

export default function generate(rand, { expand }) {
  const cases = [
    ["a", "a"],
    ["a", "b"],
    ["a", "aa"],
    ["ab", "b"],
    ["ba", "ab"],
    ["aa", "aa"],
    ["abab", "ab"],            // ties: ab, ba, ab -> leftmost
    ["bbaab", "ab"],           // ties: ba, ab -> "ba"
    ["cabwefgewcwaefgcf", "cae"],
    ["aAbB", "AB"],            // case matters
    ["zzzzzzzzzA", "Az"],
    ["acbbaca", "aba"],
    ["ADOBECODEBANC", "ABCC"],
    ["xyz", "xyzw"],           // t longer in letters than s has
  ];
  for (let i = 0; i < 12; i++) {
    const s = word(rand, rand.int(1, 30), i % 2 ? "abc" : "abcdAB");
    cases.push([s, word(rand, rand.int(1, 4), i % 2 ? "abc" : "abAB")]);
  }
  for (const [s, t] of cases) if (oracle(s, t) !== brute(s, t)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify([s, t])}`);
  const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const n = 80000;
  // Large: random over all letters with a 40-letter t; a t of 10^4 letters; many equal-length
  // windows (a periodic s); the only window is the whole string; no window at all.
  cases.push([word(rand, n, LETTERS), word(rand, 40, LETTERS)]);
  cases.push([word(rand, n, "abcdefgh"), word(rand, 10000, "abcdefgh")]);
  cases.push(["abcdefghij".repeat(n / 10), "jihgfedcba"]);
  cases.push(["Q" + "x".repeat(n - 2) + "Z", "ZQ"]);
  cases.push([word(rand, n, "abcdefghijklmnopqrstuvwxy"), "az"]);
  const tests = cases.map(([s, t]) => ({ input: { s, t }, output: oracle(s, t) }));
  // The complexity guard: 10^5 letters where only the start holds Z and Q, made by the runner from
  // this recipe; every later start extends to the end in vain, 5 * 10^9 steps.
  const guard = { $gen: "concat", parts: ["ZQ", { $gen: "string", n: 99998, alphabet: LETTERS.replace(/[QZ]/g, ""), seed: 18 }] };
  tests.push({ input: { s: guard, t: "aZQb" }, output: oracle(expand(guard), "aZQb") });
  return tests;
}
