// The oracle is a plain array of [key, value] pairs ordered from least to most recently used: a
// lookup scans it (O(capacity), obviously right), a use moves the pair to the end, eviction drops
// the first pair. The O(1) references must agree with it.
function run(ops, args) {
  let capacity = 0;
  const order = [];
  return ops.map((op, i) => {
    if (op === "LRUCache") { capacity = args[i][0]; return null; }
    const key = args[i][0];
    const at = order.findIndex((p) => p[0] === key);
    if (op === "get") {
      if (at < 0) return -1;
      const [pair] = order.splice(at, 1);
      order.push(pair);
      return pair[1];
    }
    if (at >= 0) order.splice(at, 1);
    order.push([key, args[i][1]]);
    if (order.length > capacity) order.shift();
    return null;
  });
}

// Random calls over `keys` distinct keys: with keys a little above capacity, hits and evictions
// both happen often.
function sequence(rand, capacity, calls, keys, putShare, maxValue) {
  const ops = ["LRUCache"], args = [[capacity]];
  const base = rand.int(0, 10000 - keys);
  for (let i = 0; i < calls; i++) {
    const key = base + rand.int(0, keys - 1);
    if (rand.next() < putShare) { ops.push("put"); args.push([key, rand.int(0, maxValue)]); }
    else { ops.push("get"); args.push([key]); }
  }
  return { operations: ops, arguments: args };
}

// Fill the cache, then every round refresh the oldest key (by get or by an update), insert a new
// key and ask for the second oldest (just evicted) and the refreshed one: every eviction depends on
// recency, which a cache that refreshes nothing, or only on one of get and put, gets wrong.
function rotation(rand, capacity, rounds) {
  const ops = ["LRUCache"], args = [[capacity]];
  const order = [];
  for (let k = 0; k < capacity; k++) { ops.push("put"); args.push([k, rand.int(0, 100000)]); order.push(k); }
  for (let r = 0, fresh = capacity; r < rounds && fresh <= 10000; r++, fresh++) {
    const oldest = order.shift();
    if (rand.next() < 0.5) { ops.push("get"); args.push([oldest]); }
    else { ops.push("put"); args.push([oldest, rand.int(0, 100000)]); }
    order.push(oldest);
    ops.push("put"); args.push([fresh, rand.int(0, 100000)]); order.push(fresh);
    const evicted = order.shift();
    ops.push("get"); args.push([evicted]);
    ops.push("get"); args.push([oldest]);
    order.splice(order.indexOf(oldest), 1); order.push(oldest);
  }
  return { operations: ops, arguments: args };
}

const LIMIT = 200_000;

export default function generate(rand) {
  const inputs = [];
  for (let i = 0; i < 12; i++) {
    const capacity = rand.int(1, 4);
    inputs.push(sequence(rand, capacity, rand.int(5, 40), capacity + rand.int(0, 4), 0.5, 20));
  }
  for (let i = 0; i < 4; i++) {
    const capacity = rand.int(5, 60);
    inputs.push(sequence(rand, capacity, 1500, capacity + rand.int(1, capacity), 0.5, 100000));
  }
  inputs.push(rotation(rand, 3, 400));
  inputs.push(rotation(rand, 50, 1500));
  // Large: capacity 3000 over 4000 keys (mostly hits, steady evictions), and capacity 1.
  inputs.push(sequence(rand, 3000, 7000, 4000, 0.6, 100000));
  inputs.push(sequence(rand, 1, 8000, 3, 0.5, 100000));
  inputs.push(sequence(rand, 1000, 7500, 10001, 0.7, 100000));
  const tests = inputs.map((input) => ({ input, output: run(input.operations, input.arguments) }));
  for (const t of tests) {
    const bytes = JSON.stringify(t.input).length + JSON.stringify(t.output).length;
    if (bytes > LIMIT) throw new Error(`lru-cache test of ${bytes} bytes is over ${LIMIT}`);
  }
  return tests;
}
