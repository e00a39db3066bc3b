import { fromLevelOrder, randomTree, toLevelOrder } from "../lib/trees.mjs";
// Oracle: iterative tree DP over nodes in reverse BFS order (children before parents); on trees of
// up to 120 nodes it is checked against brute force: from every node, a graph walk over every
// simple path starting there.
function dp(root) {
  const order = [root];
  for (let i = 0; i < order.length; i++) for (const c of [order[i].left, order[i].right]) if (c) order.push(c);
  const gain = new Map();
  let best = -Infinity;
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    const l = n.left ? Math.max(0, gain.get(n.left)) : 0;
    const r = n.right ? Math.max(0, gain.get(n.right)) : 0;
    best = Math.max(best, n.val + l + r);
    gain.set(n, n.val + Math.max(l, r));
  }
  return [best, order];
}
function brute(order) {
  const adj = new Map(order.map((n) => [n, []]));
  for (const n of order) for (const c of [n.left, n.right]) if (c) { adj.get(n).push(c); adj.get(c).push(n); }
  let best = -Infinity;
  for (const s of order) {
    const st = [[s, null, s.val]];
    while (st.length) {
      const [u, from, sum] = st.pop();
      best = Math.max(best, sum);
      for (const w of adj.get(u)) if (w !== from) st.push([w, u, sum + w.val]);
    }
  }
  return best;
}
function maxPath(root) {
  const [best, order] = dp(root);
  if (order.length <= 120 && brute(order) !== best) throw new Error(`oracle disagrees: ${best} vs brute ${brute(order)}`);
  return best;
}
export default function generate(rand) {
  const trees = [[5], [-1000], [1000], [-2, -1], [-1, -2], [-3, -2, -1], [1, 2, 3], [2, -1, 3],
    [-10, 9, 20, null, null, 15, 7], [5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 1],
    [1, -2, -3, 1, 3, -2, null, -1], [-5, 10, 10, -100, -100, -100, -100], [10, -100, null, 50, 50]].map(fromLevelOrder);
  for (let i = 0; i < 6; i++) trees.push(randomTree(rand, rand.int(2, 120), () => rand.int(-50, 50)));
  for (let i = 0; i < 3; i++) trees.push(randomTree(rand, rand.int(2, 120), () => rand.int(-1000, -1)));
  for (let i = 0; i < 3; i++) trees.push(randomTree(rand, rand.int(2, 120), () => rand.int(-1000, 200)));
  trees.push(randomTree(rand, 10000, () => rand.int(-1000, 1000)));
  trees.push(randomTree(rand, 10000, () => rand.int(-1000, -1)));
  trees.push(randomTree(rand, 10000, () => rand.int(0, 1000)));
  trees.push(randomTree(rand, 3000, () => rand.int(-1000, 1000), true));
  trees.push({ val: -1000, left: randomTree(rand, 2999, () => rand.int(-100, 1000), true), right: randomTree(rand, 2999, () => rand.int(-100, 1000), true) });
  // The complexity guard: a complete tree of 3 * 10^4 nodes (no nulls to write, ~170 KB literal). Walking every path
  // from every node is 9 * 10^8 steps; one post-order pass is 3 * 10^4.
  trees.push(fromLevelOrder(Array.from({ length: 30000 }, () => rand.int(-1000, 1000))));
  return trees.map((t) => ({ input: { root: toLevelOrder(t) }, output: maxPath(t) }));
}
