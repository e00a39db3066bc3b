// Oracle: the prefix DP with a full table. Short strings are also checked against a brute force
// that tries every subsequence of the shorter string and tests it against the other.
function dp(a, b) {
  const L = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      L[i][j] = a[i - 1] === b[j - 1] ? L[i - 1][j - 1] + 1 : Math.max(L[i - 1][j], L[i][j - 1]);
  return L[a.length][b.length];
}
function isSubseq(sub, s) {
  let k = 0;
  for (const ch of s) if (k < sub.length && sub[k] === ch) k++;
  return k === sub.length;
}
function brute(a, b) {
  let best = 0;
  for (let mask = 0; mask < 1 << a.length; mask++) {
    let sub = "";
    for (let i = 0; i < a.length; i++) if (mask & (1 << i)) sub += a[i];
    if (sub.length > best && isSubseq(sub, b)) best = sub.length;
  }
  return best;
}
function word(rand, n, letters) {
  let s = "";
  for (let i = 0; i < n; i++) s += letters[rand.int(0, letters.length - 1)];
  return s;
}
export default function generate(rand) {
  const pairs = [
    ["a", "a"], ["a", "b"], ["ab", "ba"], ["abc", "cba"], ["aaaa", "aa"], ["bl", "yby"],
    ["abcba", "abcbcba"], ["oxcpqrsvwf", "shmtulqrypy"], ["ezupkr", "ubmrapg"], ["aab", "azb"],
  ];
  for (let i = 0; i < 8; i++) pairs.push([word(rand, rand.int(1, 10), i < 4 ? "ab" : "abcd"), word(rand, rand.int(1, 12), i < 4 ? "ab" : "abcd")]);
  for (const [a, b] of pairs) if (dp(a, b) !== brute(a, b)) throw new Error(`LCS oracles disagree on ${a} ${b}`);
  for (let t = 0; t < 300; t++) {
    const a = word(rand, rand.int(1, 9), "abc"), b = word(rand, rand.int(1, 9), "abc");
    if (dp(a, b) !== brute(a, b)) throw new Error(`LCS oracles disagree on ${a} ${b}`);
  }
  const az = "abcdefghijklmnopqrstuvwxyz";
  pairs.push([word(rand, 1000, "ab"), word(rand, 1000, "ab")]);
  pairs.push([word(rand, 1000, az), word(rand, 1000, az)]);
  const same = word(rand, 1000, az);
  pairs.push([same, same]);
  pairs.push([word(rand, 1000, "abcdefghijklm"), word(rand, 1000, "nopqrstuvwxyz")]);
  pairs.push(["a".repeat(1000), "b".repeat(999) + "a"]);
  pairs.push([word(rand, 1000, "xyz"), word(rand, 7, "xyz")]);
  return pairs.map(([text1, text2]) => ({ input: { text1, text2 }, output: dp(text1, text2) }));
}
