import { fromLevelOrder, randomTree, toLevelOrder } from "../lib/trees.mjs";
// Oracle: treat the tree as an undirected graph and run two BFS passes (the farthest node from any
// node is one end of a diameter). Checked against BFS from every node on the small trees.
function graph(root) {
  const adj = [];
  const stack = [[root, -1]];
  while (stack.length) {
    const [n, parent] = stack.pop();
    const id = adj.length;
    adj.push([]);
    if (parent >= 0) { adj[id].push(parent); adj[parent].push(id); }
    if (n.left) stack.push([n.left, id]);
    if (n.right) stack.push([n.right, id]);
  }
  return adj;
}
function bfs(adj, s) {
  const dist = new Array(adj.length).fill(-1);
  dist[s] = 0;
  const q = [s];
  let far = s;
  for (let i = 0; i < q.length; i++) {
    const u = q[i];
    if (dist[u] > dist[far]) far = u;
    for (const w of adj[u]) if (dist[w] < 0) { dist[w] = dist[u] + 1; q.push(w); }
  }
  return [far, dist[far]];
}
function diameter(root) {
  const adj = graph(root);
  const [u] = bfs(adj, 0);
  const d = bfs(adj, u)[1];
  if (adj.length <= 200) {
    let brute = 0;
    for (let s = 0; s < adj.length; s++) brute = Math.max(brute, bfs(adj, s)[1]);
    if (brute !== d) throw new Error(`diameter oracle disagrees: ${d} vs brute ${brute}`);
  }
  return d;
}
export default function generate(rand) {
  const v = () => rand.int(-100, 100);
  const trees = [[0], [1, 2], [1, null, 2], [1, 2, 3],
    // the diameter avoids the root: a deep two-sided subtree under a long single branch
    [1, 2, null, 3, 4, 5, null, null, 6, 7, null, null, 8],
    [1, 2, 3, 4, 5, null, null, 6, null, null, 7, 8, null, null, 9]].map(fromLevelOrder);
  for (let i = 0; i < 10; i++) trees.push(randomTree(rand, rand.int(1, 150), v));
  for (let i = 0; i < 3; i++) {
    // root with a one-sided chain of length k above a bushy subtree
    const sub = randomTree(rand, rand.int(40, 150), v);
    let top = sub;
    for (let k = rand.int(1, 4); k > 0; k--) top = { val: v(), left: top, right: null };
    trees.push(top);
  }
  trees.push(randomTree(rand, 10000, v));
  trees.push(randomTree(rand, 5000, v, true));
  trees.push({ val: 0, left: randomTree(rand, 4000, v, true), right: randomTree(rand, 4999, v, true) });
  trees.push({ val: 0, left: { val: 1, left: randomTree(rand, 2500, v, true), right: randomTree(rand, 2500, v, true) }, right: null });
  return trees.map((t) => ({ input: { root: toLevelOrder(t) }, output: diameter(t) }));
}
