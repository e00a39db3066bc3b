function group(strs) {
  const m = new Map();
  for (const s of strs) {
    const k = [...s].sort().join("");
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(s);
  }
  return [...m.values()];
}
function word(rand, len, alphabet = "abcdefghijklmnopqrstuvwxyz") {
  let s = "";
  for (let i = 0; i < len; i++) s += alphabet[rand.int(0, alphabet.length - 1)];
  return s;
}
export default function generate(rand) {
  const inputs = [["", ""], ["", "b"], ["ab", "ba", "abc", "cab", "bca", "c"], ["aaa", "aa", "a"], ["abc", "abc", "cba"], ["z"]];
  for (let i = 0; i < 6; i++) {
    const n = rand.int(1, 30);
    inputs.push(Array.from({ length: n }, () => word(rand, rand.int(0, 4), "abc")));
  }
  const bases = Array.from({ length: 800 }, () => word(rand, rand.int(1, 8)));
  inputs.push(Array.from({ length: 9000 }, () => rand.shuffle([...rand.pick(bases)]).join("")));
  // Same length and same letter sum, different letters: a key built from a sum would merge them.
  inputs.push(["ad", "bc", "cb", "da", "bb", "ac", "ca"]);
  return inputs.map((strs) => ({ input: { strs }, output: group(strs) }));
}
