// Oracle: plain DFS over simple paths with an explicit visited set.
function exists(board, word) {
  const m = board.length, n = board[0].length, used = new Set();
  const dfs = (r, c, i) => {
    if (r < 0 || r >= m || c < 0 || c >= n || used.has(r * n + c) || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    used.add(r * n + c);
    const found = dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
    used.delete(r * n + c);
    return found;
  };
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (dfs(r, c, 0)) return true;
  return false;
}
function randomBoard(rand, m, n, letters) { return Array.from({ length: m }, () => Array.from({ length: n }, () => rand.pick(letters)).join("")); }
// a word read along a random self-avoiding walk (so that about half of the random cases are true)
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
export default function generate(rand) {
  const cases = [
    [["a"], "a"], [["a"], "b"], [["a"], "aa"], [["A"], "a"], [["ab"], "ba"], [["ab"], "aba"],
    [["ab", "cd"], "abdc"], [["ab", "cd"], "abcd"], [["aa", "aa"], "aaaa"], [["aa", "aa"], "aaaaa"],
    [["ABCE", "SFES", "ADEE"], "ABCESEEEFS"],
    // the first branch tried from 'a' goes through cells that a later successful branch needs
    [["aab", "aaa", "baa"], "aaaaab"], [["CAA", "AAA", "BCD"], "AAB"], [["abc", "aed", "afg"], "abcdefg"],
  ];
  const letterSets = [["a", "b"], ["a", "b", "c"], "ABCDEFGHIJ".split(""), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split("")];
  for (let i = 0; i < 16; i++) {
    const m = rand.int(1, 6), n = rand.int(1, 6), board = randomBoard(rand, m, n, letterSets[i % 4]);
    let word = walkWord(rand, board, rand.int(1, 15));
    if (i % 2) word = word.slice(0, -1) + rand.pick(letterSets[i % 4]);
    cases.push([board, word]);
  }
  // adversarial: a board of one letter with a word that fails only at its very end
  const full = Array(6).fill("AAAAAA");
  cases.push([full, "AAAAAAAAAAAAAAB"]);
  cases.push([full, "BAAAAAAAAAAAAAA"]);
  cases.push([["AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAB"], "AAAAAAAAAAAAAAB"]);
  cases.push([["BAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA"], "AAAAAAAAAAAAAAC"]);
  cases.push([["ABABAB", "BABABA", "ABABAB", "BABABA", "ABABAB", "BABABA"], "ABABABABABABABA"]);
  return cases.map(([board, word]) => ({ input: { board, word }, output: exists(board, word) }));
}
