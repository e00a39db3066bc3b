// Oracle: check every prefix of every word against a set (brute force).
function best(words) {
  const set = new Set(words);
  let ans = "";
  for (const w of set) {
    let ok = true;
    for (let k = 1; k < w.length && ok; k++) ok = set.has(w.slice(0, k));
    if (ok && (w.length > ans.length || (w.length === ans.length && w < ans))) ans = w;
  }
  return ans;
}
// grow a random family of buildable words, then add noise words and broken chains
function family(rand, count, letters, maxLen) {
  const out = [rand.pick(letters)];
  while (out.length < count) {
    const base = rand.pick(out);
    if (base.length < maxLen) out.push(base + rand.pick(letters));
  }
  return out;
}
function noise(rand, count, letters, maxLen) {
  const out = [];
  for (let i = 0; i < count; i++) { let w = ""; const len = rand.int(1, maxLen); for (let k = 0; k < len; k++) w += rand.pick(letters); out.push(w); }
  return out;
}
export default function generate(rand, { expand }) {
  const abc = "abcdefghijklmnopqrstuvwxyz".split("");
  const cases = [
    ["a"], ["ab"], ["b", "a"], ["z", "y", "zz", "yy"], ["a", "a", "aa", "aa"],
    ["a", "ab", "abc", "abd", "abe"], ["c", "ca", "cat", "b", "ba", "bat"], ["a", "ac", "acd", "b", "bcde"],
    ["m", "mo", "moc", "moch", "mocha", "l", "lo", "lon", "lond", "londo", "london"],
    ["ts", "e", "x", "pbhj", "opto", "xhigy", "erikz", "pbh", "opt", "erikzb", "eri", "erik", "xlye", "xhig", "optoj", "optoje", "xly", "pb", "xhi", "x", "o"],
    [Array.from({ length: 30 }, () => "q").join("")],
  ];
  // a chain of 30 with one missing link, and the full chain
  const chain = Array.from({ length: 30 }, (_, i) => "abcdefghijklmnopqrstuvwxyzabcd".slice(0, i + 1));
  cases.push(chain.filter((_, i) => i !== 17), rand.shuffle([...chain]));
  for (let i = 0; i < 12; i++) {
    const letters = abc.slice(0, rand.int(2, 8));
    cases.push(rand.shuffle([...family(rand, rand.int(1, 25), letters, 8), ...noise(rand, rand.int(0, 15), letters, 6)]));
  }
  // large: 5000 words, many buildable ties of the maximum length, deep chains, heavy noise
  cases.push(rand.shuffle([...family(rand, 3000, abc.slice(0, 3), 30), ...noise(rand, 2000, abc.slice(0, 3), 30)]));
  cases.push(rand.shuffle([...family(rand, 5000, abc, 12)]));
  const deep = [];
  for (let f = 0; f < 160; f++) { let w = ""; const len = rand.int(20, 30); for (let k = 0; k < len; k++) { w += rand.pick(abc.slice(0, 5)); deep.push(w); } }
  cases.push(rand.shuffle(deep.slice(0, 5000)));
  cases.push(rand.shuffle(noise(rand, 5000, abc.slice(0, 2), 30)));
  const tests = cases.map((words) => ({ input: { words }, output: best(words) }));
  // The complexity guard: 2 * 10^4 words of 14-16 letters a and b, then 2 * 10^4 of 1-13 letters,
  // made by the runner from this recipe. Each word's prefixes are looked up one by one until one is
  // missing (at 10 letters or so), and looking one up by scanning the list passes every long word
  // first: about 4 * 10^4 words * 10 prefixes * 2 * 10^4 = 8 * 10^9 steps.
  const guard = {
    $gen: "concat",
    parts: [
      { $gen: "strings", n: 20000, minLength: 14, maxLength: 16, alphabet: "ab", seed: 18 },
      { $gen: "strings", n: 20000, minLength: 1, maxLength: 13, alphabet: "ab", seed: 19 },
    ],
  };
  tests.push({ input: { words: guard }, output: best(expand(guard)) });
  return tests;
}
