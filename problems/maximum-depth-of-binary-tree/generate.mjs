import { fromLevelOrder, randomTree, toLevelOrder } from "../lib/trees.mjs";
// Oracle: count the levels of a breadth-first traversal (iterative, no recursion).
function levels(root) {
  let count = 0;
  let level = root ? [root] : [];
  while (level.length) {
    count++;
    level = level.flatMap((n) => [n.left, n.right].filter(Boolean));
  }
  return count;
}
export default function generate(rand) {
  const v = () => rand.int(-100, 100);
  const trees = [[], [0], [1, 2], [1, null, 2], [1, 2, 3, 4, null, null, null, 5], [1, 2, 3, null, null, 4, null, null, 5, 6],
    [-100, 100, -100, 100, -100, 100, -100]].map(fromLevelOrder);
  for (let i = 0; i < 8; i++) trees.push(randomTree(rand, rand.int(1, 60), v));
  trees.push(randomTree(rand, 10000, v));
  trees.push(randomTree(rand, 5000, v, true));
  trees.push(randomTree(rand, 4999, v, true));
  // a long left spine under a root whose right subtree is a bushy random tree
  const root = { val: 1, left: randomTree(rand, 3000, v, true), right: randomTree(rand, 4000, v) };
  trees.push(root);
  return trees.map((t) => ({ input: { root: toLevelOrder(t) }, output: levels(t) }));
}
