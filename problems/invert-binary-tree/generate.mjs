import { fromLevelOrder, randomTree, toLevelOrder } from "../lib/trees.mjs";
function invert(n) {
  if (!n) return null;
  return { val: n.val, left: invert(n.right), right: invert(n.left) };
}
export default function generate(rand) {
  const trees = [[1], [1, 2], [1, null, 2], [1, 2, null, 3, null, 4], [-100, 100, 0], [5, 3, 8, 1, 4, 7, 9, null, 2, null, null, 6]].map(fromLevelOrder);
  for (let i = 0; i < 6; i++) trees.push(randomTree(rand, rand.int(1, 40), () => rand.int(-100, 100)));
  trees.push(randomTree(rand, 10000, () => rand.int(-100, 100)));
  trees.push(randomTree(rand, 3000, () => rand.int(-100, 100), true));
  return trees.map((t) => ({ input: { root: toLevelOrder(t) }, output: toLevelOrder(invert(t)) }));
}
