// Tree helpers for generate.mjs files: level-order arrays (LeetCode style) <-> nodes.
export function fromLevelOrder(a) {
  if (a.length === 0) return null;
  const nodes = a.map((v) => (v === null ? null : { val: v, left: null, right: null }));
  let k = 1;
  for (const n of nodes) {
    if (!n) continue;
    n.left = k < nodes.length ? nodes[k] : null; k++;
    n.right = k < nodes.length ? nodes[k] : null; k++;
  }
  return nodes[0];
}
export function toLevelOrder(root) {
  const out = [], queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    if (!n) { out.push(null); continue; }
    out.push(n.val); queue.push(n.left, n.right);
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}
/** A random tree of n nodes with values from `value()`; `chain` makes it a degenerate path. */
export function randomTree(rand, n, value, chain = false) {
  if (n === 0) return null;
  const root = { val: value(), left: null, right: null };
  const all = [root];
  for (let i = 1; i < n; i++) {
    const node = { val: value(), left: null, right: null };
    for (;;) {
      const p = chain ? all[all.length - 1] : rand.pick(all);
      const side = chain ? (rand.next() < 0.5 ? "left" : "right") : rand.next() < 0.5 ? "left" : "right";
      if (!p[side]) { p[side] = node; break; }
      if (chain) { const other = side === "left" ? "right" : "left"; p[other] = node; break; }
    }
    all.push(node);
  }
  return root;
}
