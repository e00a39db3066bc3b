// Oracle: sort both strings and compare (independent of the counting references).
const sorted = (x) => [...x].sort().join("");
const oracle = (s, t) => sorted(s) === sorted(t);
const word = (rand, n, letters = "abcdefghijklmnopqrstuvwxyz") => Array.from({ length: n }, () => rand.pick(letters)).join("");
const shuffle = (rand, x) => rand.shuffle([...x]).join("");

export default function generate(rand) {
  const pairs = [
    ["a", "a"],
    ["a", "b"],
    ["ab", "a"],          // t shorter: every letter of t is in s
    ["a", "ab"],          // t longer
    ["aa", "a"],
    ["abc", "cba"],
    ["aabbcc", "abcabc"],
    ["aabbc", "abbcc"],   // same letter set, different counts
    ["anagram", "nagaram"],
    ["zzzzzz", "zzzzzz"],
    ["abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"],
  ];
  for (let i = 0; i < 8; i++) {
    const s = word(rand, rand.int(1, 30), "abcde");
    if (i % 2 === 0) pairs.push([s, shuffle(rand, s)]);
    else {
      const t = [...shuffle(rand, s)];
      t[rand.int(0, t.length - 1)] = rand.pick("abcdef"); // one letter changed (maybe to itself)
      pairs.push([s, t.join("")]);
    }
  }
  // Large: a true anagram, one with a single letter swapped for another, one where lengths differ.
  const big = word(rand, 50000);
  pairs.push([big, shuffle(rand, big)]);
  const off = [...shuffle(rand, big)];
  const k = rand.int(0, off.length - 1);
  off[k] = off[k] === "a" ? "b" : "a";
  pairs.push([big, off.join("")]);
  pairs.push([big, shuffle(rand, big).slice(1)]);
  return pairs.map(([s, t]) => ({ input: { s, t }, output: oracle(s, t) }));
}
