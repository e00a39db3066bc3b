// Oracle: BFS over wildcard buckets ("h*t"); on small inputs checked against BFS over a graph built by
// comparing every pair of words.
function viaBuckets(begin, end, list) {
  const dict = new Set(list);
  if (!dict.has(end)) return 0;
  const buckets = new Map();
  for (const w of new Set([begin, ...list])) for (let i = 0; i < w.length; i++) {
    const key = w.slice(0, i) + "*" + w.slice(i + 1);
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key).push(w);
  }
  const dist = new Map([[begin, 1]]), q = [begin];
  for (let h = 0; h < q.length; h++) {
    const w = q[h];
    if (w === end) return dist.get(w);
    for (let i = 0; i < w.length; i++) for (const v of buckets.get(w.slice(0, i) + "*" + w.slice(i + 1))) {
      if (!dist.has(v) && dict.has(v)) { dist.set(v, dist.get(w) + 1); q.push(v); }
    }
  }
  return 0;
}
function viaPairs(begin, end, list) {
  const nodes = [begin, ...list.filter((w) => w !== begin)], inDict = new Set(list);
  const diff1 = (a, b) => { let d = 0; for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++; return d === 1; };
  const dist = new Array(nodes.length).fill(0), q = [0];
  dist[0] = 1;
  for (let h = 0; h < q.length; h++) {
    const u = q[h];
    if (nodes[u] === end) return inDict.has(end) ? dist[u] : 0;
    for (let v = 0; v < nodes.length; v++) if (!dist[v] && inDict.has(nodes[v]) && diff1(nodes[u], nodes[v])) { dist[v] = dist[u] + 1; q.push(v); }
  }
  return 0;
}
function randomWord(rand, len, letters) { let s = ""; for (let i = 0; i < len; i++) s += rand.pick(letters); return s; }
function randomList(rand, count, len, letters) {
  const set = new Set();
  const cap = Math.min(count, letters.length ** len);
  while (set.size < cap) set.add(randomWord(rand, len, letters));
  return [...set];
}
// a chain where each word changes one random position of the previous one (no repeats)
function chain(rand, start, steps, letters) {
  const out = [start], seen = new Set(out);
  let w = start;
  while (out.length <= steps) {
    const i = rand.int(0, w.length - 1), v = w.slice(0, i) + rand.pick(letters) + w.slice(i + 1);
    if (seen.has(v)) continue;
    seen.add(v); out.push(v); w = v;
  }
  return out;
}
export default function generate(rand) {
  const abc = "abcdefghijklmnopqrstuvwxyz".split("");
  const cases = [
    ["a", "b", ["b"]], ["a", "b", ["c"]], ["ab", "cd", ["cb", "cd"]], ["ab", "cd", ["ad", "cd", "cb"]],
    ["hot", "dog", ["hot", "dog"]], ["hot", "dog", ["hot", "dot", "dog"]], ["hit", "cog", ["cog", "hot", "dot", "dog", "hit"]],
    ["abc", "abd", ["abd", "abe"]], ["aaa", "bbb", ["aab", "abb", "bbb", "baa", "bba"]],
  ];
  for (let i = 0; i < 12; i++) {
    const len = rand.int(1, 4), letters = abc.slice(0, rand.int(2, 5));
    const list = randomList(rand, rand.int(1, 40), len, letters);
    const begin = randomWord(rand, len, letters);
    let end = i % 3 === 2 ? randomWord(rand, len, letters) : rand.pick(list);
    if (end === begin) end = list.find((w) => w !== begin) ?? randomWord(rand, len, abc.slice(10));
    if (end === begin) continue;
    cases.push([begin, end, rand.shuffle(list)]);
  }
  for (const [b, e, l] of cases) if (viaBuckets(b, e, l) !== viaPairs(b, e, l)) throw new Error(`oracle disagreement on ${JSON.stringify([b, e, l])}`);
  // large: 5000 dense words, a long winding chain hidden among decoys, an unreachable endWord, length-10 words
  const dense = randomList(rand, 5000, 6, abc.slice(0, 5));
  cases.push(["aaaaaa", dense.find((w) => w !== "aaaaaa" && w.includes("e")), dense]);
  const path = chain(rand, "abcdefghij", 1500, abc.slice(0, 3));
  const decoys = randomList(rand, 3499, 10, abc.slice(0, 3)).filter((w) => !path.includes(w));
  cases.push([path[0], path[path.length - 1], rand.shuffle([...path.slice(1), ...decoys])]);
  const far = randomList(rand, 5000, 5, abc.slice(0, 6));
  cases.push(["zzzzz", far[0], far]);
  const long = randomList(rand, 4999, 10, abc.slice(0, 2));
  cases.push(["aaaaaaaaaa", "bbbbbbbbbb", [...long.filter((w) => w !== "bbbbbbbbbb"), "bbbbbbbbbb"]]);
  return cases.map(([beginWord, endWord, wordList]) => ({ input: { beginWord, endWord, wordList }, output: viaBuckets(beginWord, endWord, wordList) }));
}
