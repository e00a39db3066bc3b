import { fromLevelOrder, randomTree, toLevelOrder } from "../lib/trees.mjs";
// Oracle: an iterative pre-order DFS (left before right) that appends each value to the row of its
// depth; rows then list each level from left to right. Independent of the references' BFS.
function rows(root) {
  const out = [];
  const st = root ? [[root, 0]] : [];
  while (st.length) {
    const [n, d] = st.pop();
    (out[d] ??= []).push(n.val);
    if (n.right) st.push([n.right, d + 1]);
    if (n.left) st.push([n.left, d + 1]);
  }
  return out;
}
export default function generate(rand) {
  const v = () => rand.int(-1000, 1000);
  const trees = [[], [0], [1, 2], [1, null, 2], [1, 2, 3, 4, 5, 6, 7], [1, 2, 3, null, 4, 5], [1, 2, null, 3, null, 4, null, 5],
    [-1000, 1000, -1000, null, null, 1000], [5, 5, 5, 5, null, null, 5]].map(fromLevelOrder);
  for (let i = 0; i < 10; i++) trees.push(randomTree(rand, rand.int(1, 80), v));
  trees.push(randomTree(rand, 10000, v));
  trees.push(randomTree(rand, 3000, v, true));
  { // a complete tree of 8191 nodes: the last level is 4096 wide
    const a = Array.from({ length: 8191 }, v);
    trees.push(fromLevelOrder(a));
  }
  return trees.map((t) => ({ input: { root: toLevelOrder(t) }, output: rows(t) }));
}
