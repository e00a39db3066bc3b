import { fromLevelOrder, randomTree, toLevelOrder } from "../lib/trees.mjs";
function averages(root) {
  const out = [];
  let level = [root];
  while (level.length) {
    out.push(level.reduce((s, n) => s + n.val, 0) / level.length);
    level = level.flatMap((n) => [n.left, n.right].filter(Boolean));
  }
  return out;
}
export default function generate(rand) {
  const trees = [[1], [2147483647, 2147483647, 2147483647], [-2147483648, -2147483648, -2147483647], [1, 2, null, 3], [0, -1, 1, null, 5, 6]].map(fromLevelOrder);
  for (let i = 0; i < 6; i++) trees.push(randomTree(rand, rand.int(1, 40), () => rand.int(-1000, 1000)));
  trees.push(randomTree(rand, 10000, () => rand.int(-2147483648, 2147483647)));
  return trees.map((t) => ({ input: { root: toLevelOrder(t) }, output: averages(t) }));
}
