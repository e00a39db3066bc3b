import { fromLevelOrder, randomTree, toLevelOrder } from "../lib/trees.mjs";
const MIN = -2147483648, MAX = 2147483647;
// Oracle: an iterative in-order traversal must be strictly increasing; checked on small trees
// against the definition itself (every node against every value of its subtrees).
function inorderValid(root) {
  const st = [];
  let cur = root, prev = null;
  while (cur || st.length) {
    while (cur) { st.push(cur); cur = cur.left; }
    cur = st.pop();
    if (prev !== null && cur.val <= prev) return false;
    prev = cur.val;
    cur = cur.right;
  }
  return true;
}
function values(n) {
  const out = [], st = n ? [n] : [];
  while (st.length) { const x = st.pop(); out.push(x.val); if (x.left) st.push(x.left); if (x.right) st.push(x.right); }
  return out;
}
function bruteValid(root) {
  const st = [root];
  while (st.length) {
    const n = st.pop();
    if (values(n.left).some((v) => v >= n.val) || values(n.right).some((v) => v <= n.val)) return false;
    if (n.left) st.push(n.left);
    if (n.right) st.push(n.right);
  }
  return true;
}
function isValid(root) {
  const a = inorderValid(root);
  if (values(root).length <= 300 && a !== bruteValid(root)) throw new Error("BST oracle disagrees with brute force");
  return a;
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
// Break a valid BST at a leaf whose parent still looks fine: the leaf gets a value outside the
// bound set by a farther ancestor (or equal to it), on the side its parent allows.
function breakDeep(rand, root) {
  const leaves = [];
  const st = [[root, null, null, null, null]];
  while (st.length) {
    const [n, lo, hi, parent, side] = st.pop();
    if (!n.left && !n.right && parent) {
      if (side === "left" && lo !== null) leaves.push([n, lo, "below"]);
      if (side === "right" && hi !== null) leaves.push([n, hi, "above"]);
    }
    if (n.left) st.push([n.left, lo, n.val, n, "left"]);
    if (n.right) st.push([n.right, n.val, hi, n, "right"]);
  }
  if (!leaves.length) return false;
  const [leaf, bound, dir] = rand.pick(leaves);
  const equal = rand.next() < 0.4;
  leaf.val = equal ? bound : dir === "below" ? Math.max(MIN, bound - rand.int(1, 5)) : Math.min(MAX, bound + rand.int(1, 5));
  return true;
}
function swapTwo(rand, root) {
  const nodes = [], st = [root];
  while (st.length) { const n = st.pop(); nodes.push(n); if (n.left) st.push(n.left); if (n.right) st.push(n.right); }
  const a = rand.pick(nodes);
  let b = rand.pick(nodes);
  while (b === a) b = rand.pick(nodes);
  [a.val, b.val] = [b.val, a.val];
}
export default function generate(rand) {
  const trees = [
    [0], [MAX], [MIN], [MIN, null, MAX], [MAX, MIN], [MAX, MAX], [MIN, null, MIN], [0, MIN, MAX],
    [1, 1], [1, null, 1], [2, 1, 3], [2, 3, 1], [10, 5, 15, null, null, 6, 20], [3, 1, 5, 0, 4],
    [MIN, null, MAX, MIN + 1],
  ].map(fromLevelOrder);
  for (let i = 0; i < 8; i++) trees.push(bst(distinct(rand, rand.int(2, 60), -100, 100)));
  for (let i = 0; i < 8; i++) {
    const t = bst(distinct(rand, rand.int(3, 60), -100, 100));
    if (!breakDeep(rand, t)) swapTwo(rand, t);
    trees.push(t);
  }
  for (let i = 0; i < 3; i++) { const t = bst(distinct(rand, rand.int(2, 40), -100, 100)); swapTwo(rand, t); trees.push(t); }
  trees.push(randomTree(rand, 30, () => rand.int(-5, 5)));
  const bigVals = () => distinct(rand, 10000, MIN, MAX).concat();
  trees.push(bst([0, ...bigVals().filter((v) => v !== 0 && v !== MIN && v !== MAX), MIN, MAX].slice(0, 10000)));
  { const t = bst(bigVals()); breakDeep(rand, t); trees.push(t); }
  { const t = bst(bigVals()); swapTwo(rand, t); trees.push(t); }
  trees.push(bst(Array.from({ length: 3000 }, (_, i) => i * 1000 - 1500000)));
  { const t = bst(Array.from({ length: 3000 }, (_, i) => 1500000 - i * 1000)); let p = t; while (p.left) p = p.left; p.val = 1500000; trees.push(t); }
  return trees.map((t) => ({ input: { root: toLevelOrder(t) }, output: isValid(t) }));
}
