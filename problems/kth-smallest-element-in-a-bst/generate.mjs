import { fromLevelOrder, toLevelOrder } from "../lib/trees.mjs";
// Oracle: gather every value, sort numerically, take index k - 1 (the BST shape plays no part).
function allValues(root) {
  const out = [], st = [root];
  while (st.length) { const n = st.pop(); out.push(n.val); if (n.left) st.push(n.left); if (n.right) st.push(n.right); }
  return out;
}
function bst(vals) {
  let root = null;
  for (const v of vals) {
    const node = { val: v, left: null, right: null };
    if (!root) { root = node; continue; }
    for (let p = root; ;) {
      const side = v < p.val ? "left" : "right";
      if (!p[side]) { p[side] = node; break; }
      p = p[side];
    }
  }
  return root;
}
function distinct(rand, n, lo, hi) {
  const s = new Set();
  while (s.size < n) s.add(rand.int(lo, hi));
  return rand.shuffle([...s]);
}
export default function generate(rand) {
  const cases = [
    [[0], 1], [[1000000000], 1], [[2, 1], 1], [[2, 1], 2], [[1, null, 2], 2], [[2, 1, 3], 2], [[2, 1, 3], 3],
    [[5, 3, 6, 2, 4, null, null, 1], 6], [[5, 3, 6, 2, 4, null, null, 1], 5],
  ].map(([t, k]) => [fromLevelOrder(t), k]);
  for (let i = 0; i < 12; i++) {
    const n = rand.int(2, 80);
    cases.push([bst(distinct(rand, n, 0, 200)), rand.int(1, n)]);
  }
  cases.push([bst(distinct(rand, 10000, 0, 1000000000)), 1]);
  cases.push([bst(distinct(rand, 10000, 0, 1000000000)), 10000]);
  cases.push([bst(distinct(rand, 10000, 0, 1000000000)), rand.int(2, 9999)]);
  cases.push([bst(Array.from({ length: 3000 }, (_, i) => 3000000 - i * 1000)), 3000]);
  cases.push([bst(Array.from({ length: 3000 }, (_, i) => i)), 2999]);
  return cases.map(([t, k]) => ({ input: { root: toLevelOrder(t), k }, output: allValues(t).sort((a, b) => a - b)[k - 1] }));
}
