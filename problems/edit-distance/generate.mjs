// Oracle: the Levenshtein table. Short words are also checked against a breadth-first search over
// the strings reachable by single edits (letters limited to those of both words, lengths at most
// the longer word's, which an optimal edit sequence never exceeds: deletions, replacements, then insertions).
function table(a, b) {
  const D = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      D[i][j] = a[i - 1] === b[j - 1] ? D[i - 1][j - 1] : 1 + Math.min(D[i - 1][j], D[i][j - 1], D[i - 1][j - 1]);
  return D[a.length][b.length];
}
function bfs(a, b) {
  const letters = [...new Set(a + b)];
  const maxLen = Math.max(a.length, b.length);
  const dist = new Map([[a, 0]]);
  let frontier = [a];
  while (frontier.length) {
    const next = [];
    for (const s of frontier) {
      if (s === b) return dist.get(s);
      const d = dist.get(s) + 1;
      const neighbours = [];
      for (let i = 0; i < s.length; i++) neighbours.push(s.slice(0, i) + s.slice(i + 1));
      for (let i = 0; i <= s.length; i++) for (const c of letters) {
        if (s.length < maxLen) neighbours.push(s.slice(0, i) + c + s.slice(i));
        if (i < s.length && c !== s[i]) neighbours.push(s.slice(0, i) + c + s.slice(i + 1));
      }
      for (const t of neighbours) if (!dist.has(t)) { dist.set(t, d); next.push(t); }
    }
    frontier = next;
  }
  throw new Error("unreachable");
}
function word(rand, n, letters) {
  let s = "";
  for (let i = 0; i < n; i++) s += letters[rand.int(0, letters.length - 1)];
  return s;
}
export default function generate(rand) {
  const pairs = [
    ["", ""], ["a", ""], ["", "z"], ["a", "a"], ["a", "b"], ["ab", "ba"], ["abc", "yabd"], ["kitten", "sitting"],
    ["sea", "eat"], ["aaaa", "a"], ["dinitrophenylhydrazine", "acetylphenylhydrazine"],
  ];
  for (let i = 0; i < 7; i++) pairs.push([word(rand, rand.int(0, 5), "abc"), word(rand, rand.int(0, 5), "abc")]);
  for (const [a, b] of pairs) if (a.length <= 6 && b.length <= 6 && table(a, b) !== bfs(a, b)) throw new Error(`edit-distance oracles disagree on ${a} ${b}`);
  for (let t = 0; t < 150; t++) {
    const a = word(rand, rand.int(0, 5), "abc"), b = word(rand, rand.int(0, 5), "ab");
    if (table(a, b) !== bfs(a, b)) throw new Error(`edit-distance oracles disagree on ${a} ${b}`);
  }
  const az = "abcdefghijklmnopqrstuvwxyz";
  pairs.push([word(rand, 500, az), word(rand, 500, az)]);
  pairs.push([word(rand, 500, "ab"), word(rand, 480, "ab")]);
  const base = word(rand, 500, az);
  const mutated = base.split("");
  for (let k = 0; k < 20; k++) mutated[rand.int(0, 499)] = rand.pick([...az]);
  pairs.push([base, mutated.join("")]);
  pairs.push([base, base]);
  pairs.push(["", word(rand, 500, az)]);
  pairs.push([word(rand, 500, "xyz"), "x"]);
  return pairs.map(([word1, word2]) => ({ input: { word1, word2 }, output: table(word1, word2) }));
}
