// Oracle: an independent search per word (plain DFS over simple paths, no trie).
function spells(board, word) {
  const m = board.length, n = board[0].length, used = new Uint8Array(m * n);
  const dfs = (r, c, i) => {
    if (r < 0 || r >= m || c < 0 || c >= n || used[r * n + c] || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    used[r * n + c] = 1;
    const found = dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
    used[r * n + c] = 0;
    return found;
  };
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (dfs(r, c, 0)) return true;
  return false;
}
const found = (board, words) => words.filter((w) => spells(board, w));
// A second oracle for the guard, where a search per word is far too slow: one DFS from every cell
// along a trie of the words (checked against the search per word on every other test).
function foundByTrie(board, words) {
  const root = new Map();
  for (const w of words) {
    let node = root;
    for (const ch of w) { if (!node.has(ch)) node.set(ch, new Map()); node = node.get(ch); }
    node.set("$", w);
  }
  const m = board.length, n = board[0].length, used = new Uint8Array(m * n), out = new Set();
  const dfs = (r, c, parent) => {
    if (r < 0 || r >= m || c < 0 || c >= n || used[r * n + c] || !parent.has(board[r][c])) return;
    const node = parent.get(board[r][c]);
    if (node.has("$")) out.add(node.get("$"));
    used[r * n + c] = 1;
    dfs(r + 1, c, node); dfs(r - 1, c, node); dfs(r, c + 1, node); dfs(r, c - 1, node);
    used[r * n + c] = 0;
  };
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) dfs(r, c, root);
  return words.filter((w) => out.has(w));
}
function randomBoard(rand, m, n, letters) { return Array.from({ length: m }, () => Array.from({ length: n }, () => rand.pick(letters)).join("")); }
function walkWord(rand, board, len) {
  const m = board.length, n = board[0].length;
  let r = rand.int(0, m - 1), c = rand.int(0, n - 1);
  const seen = new Set([r * n + c]);
  let w = board[r][c];
  while (w.length < len) {
    const next = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]].filter(([a, b]) => a >= 0 && a < m && b >= 0 && b < n && !seen.has(a * n + b));
    if (!next.length) break;
    [r, c] = rand.pick(next);
    seen.add(r * n + c);
    w += board[r][c];
  }
  return w;
}
function words(rand, board, count, maxLen, letters, pFromBoard) {
  const set = new Set();
  let tries = 0;
  while (set.size < count && tries++ < count * 20) {
    const len = rand.int(1, maxLen);
    if (rand.next() < pFromBoard) set.add(walkWord(rand, board, len));
    else { let w = ""; for (let i = 0; i < len; i++) w += rand.pick(letters); set.add(w); }
  }
  return rand.shuffle([...set]);
}
export default function generate(rand) {
  const abc = "abcdefghijklmnopqrstuvwxyz".split("");
  const cases = [
    [["a"], ["a"]], [["a"], ["b"]], [["a"], ["aa", "b"]], [["ab"], ["ab", "ba", "aba", "b"]],
    // "aba" is reachable along two paths: it must still be reported once
    [["aba", "bab"], ["aba", "bab", "abab", "aa", "ababab", "bababa"]],
    [["ab", "cd"], ["abdc", "abcd", "acdb", "dbac", "ad"]],
    [["oaan", "etae", "ihkr", "iflv"], ["oath", "oat", "oa", "o", "eat", "eta", "ate", "tea", "hike", "flv", "vlf", "rain"]],
    [["aaaa", "aaaa", "aaaa"], ["a", "aa", "aaaaaaaaaa", "aaaaaaaaa", "aaaaab"]],
  ];
  const letterSets = [abc.slice(0, 2), abc.slice(0, 4), abc.slice(0, 8), abc];
  for (let i = 0; i < 14; i++) {
    const letters = letterSets[i % 4], board = randomBoard(rand, rand.int(1, 6), rand.int(1, 6), letters);
    cases.push([board, words(rand, board, rand.int(1, 40), rand.int(1, 8), letters, 0.5)]);
  }
  // large: 12 x 12 boards with 10^4 words, over the full alphabet and over 4 letters
  const big1 = randomBoard(rand, 12, 12, abc);
  cases.push([big1, words(rand, big1, 10000, 10, abc, 0.3)]);
  const big2 = randomBoard(rand, 12, 12, abc.slice(0, 4));
  cases.push([big2, words(rand, big2, 10000, 10, abc.slice(0, 6), 0.3)]);
  const big3 = randomBoard(rand, 12, 12, abc.slice(0, 10));
  cases.push([big3, words(rand, big3, 3000, 10, abc.slice(0, 10), 0.6)]);
  const tests = cases.map(([board, words]) => ({ input: { board, words }, output: found(board, words) }));
  for (const t of tests) {
    if (JSON.stringify(foundByTrie(t.input.board, t.input.words)) !== JSON.stringify(t.output)) throw new Error(`the trie oracle disagrees on ${JSON.stringify(t.input).slice(0, 200)}`);
  }
  // The complexity guard: a 12 x 12 board of a's with every other letter on its rim (so every word's
  // letters are on the board), and 10^4 words: a to aaaaaaa, and a^7 followed by three letters, the
  // first not an a. A search per word walks every path of 7 a's from every cell, about 5 * 10^5 steps,
  // 5 * 10^9 for all the words; one search along a trie of the words walks them once.
  const board = Array.from({ length: 12 }, (_, r) => (r === 0 ? "yz" + "a".repeat(9) + "n" : r < 11 ? "a".repeat(11) + "opqrstuvwx"[r - 1] : "bcdefghijklm"));
  const guardWords = new Set(Array.from({ length: 7 }, (_, i) => "a".repeat(i + 1)));
  while (guardWords.size < 10000) guardWords.add("a".repeat(7) + rand.pick(abc.slice(1)) + rand.pick(abc) + rand.pick(abc));
  const wordList = rand.shuffle([...guardWords]);
  tests.push({ input: { board, words: wordList }, output: foundByTrie(board, wordList) });
  return tests;
}
