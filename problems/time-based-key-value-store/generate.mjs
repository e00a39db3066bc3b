// The oracle keeps every (timestamp, value) set for a key in a plain list and answers get by
// scanning the whole list for the largest timestamp <= t (O(n), obviously right); the references'
// binary searches must agree with it.
function run(ops, args) {
  const history = new Map();
  return ops.map((op, i) => {
    if (op === "set") {
      const [key, value, timestamp] = args[i];
      if (!history.has(key)) history.set(key, []);
      history.get(key).push([timestamp, value]);
      return null;
    }
    if (op === "get") {
      const [key, timestamp] = args[i];
      let best = null;
      for (const [t, v] of history.get(key) ?? []) if (t <= timestamp && (best === null || t > best[0])) best = [t, v];
      return best === null ? "" : best[1];
    }
    return null;
  });
}

const VALUES = "abcdefghijklmnopqrstuvwxyz0123456789";
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

function word(rand, alphabet, lo, hi) {
  let s = "";
  for (let n = rand.int(lo, hi); n > 0; n--) s += alphabet[rand.int(0, alphabet.length - 1)];
  return s;
}

// Calls over `keyCount` keys: sets at strictly increasing timestamps (gaps up to `gap`), gets at a
// timestamp that is exactly a set's, one off it, before everything, or anywhere up to past the last.
function sequence(rand, o) {
  const ops = ["TimeMap"], args = [[]];
  const keys = [];
  while (keys.length < o.keyCount) {
    const k = word(rand, o.alphabet, o.keyLen[0], o.keyLen[1]);
    if (!keys.includes(k)) keys.push(k);
  }
  const setTimes = [];
  let now = rand.int(1, o.gap);
  for (let i = 0; i < o.calls; i++) {
    if (rand.next() < o.setShare || setTimes.length === 0) {
      ops.push("set");
      args.push([rand.pick(keys), word(rand, o.values ?? VALUES, o.valueLen[0], o.valueLen[1]), now]);
      setTimes.push(now);
      now += rand.int(1, o.gap);
    } else {
      const r = rand.next();
      let t;
      if (r < 0.35) t = rand.pick(setTimes);
      else if (r < 0.55) t = rand.pick(setTimes) - 1;
      else if (r < 0.6) t = rand.int(1, setTimes[0]);
      else t = rand.int(1, now + o.gap);
      ops.push("get");
      args.push([rand.pick(keys), Math.max(1, Math.min(10_000_000, t))]);
    }
  }
  if (now > 10_000_000) throw new Error("timestamps past 10^7");
  return { operations: ops, arguments: args };
}

const LIMIT = 200_000;

export default function generate(rand) {
  const lower = "abcdefghijklmnopqrstuvwxyz";
  const inputs = [];
  for (let i = 0; i < 10; i++) {
    inputs.push(sequence(rand, { calls: rand.int(5, 40), keyCount: rand.int(1, 3), alphabet: "ab", keyLen: [1, 2], valueLen: [1, 3], gap: 3, setShare: 0.5 }));
  }
  for (let i = 0; i < 4; i++) {
    inputs.push(sequence(rand, { calls: rand.int(10, 60), keyCount: rand.int(1, 4), alphabet: PRINTABLE, values: PRINTABLE, keyLen: [1, 4], valueLen: [1, 6], gap: 5, setShare: 0.5 }));
  }
  inputs.push(sequence(rand, { calls: 2000, keyCount: 20, alphabet: lower, keyLen: [1, 3], valueLen: [1, 5], gap: 1000, setShare: 0.5 }));
  inputs.push(sequence(rand, { calls: 2000, keyCount: 5, alphabet: PRINTABLE, values: PRINTABLE, keyLen: [1, 3], valueLen: [1, 4], gap: 3, setShare: 0.4 }));
  // Long keys and values (100 characters), few of them.
  inputs.push(sequence(rand, { calls: 700, keyCount: 3, alphabet: PRINTABLE, values: PRINTABLE, keyLen: [95, 100], valueLen: [95, 100], gap: 10000, setShare: 0.3 }));
  // Large: one key with thousands of versions (a linear scan per get is slow), and many keys.
  inputs.push(sequence(rand, { calls: 6000, keyCount: 1, alphabet: "k", keyLen: [1, 1], valueLen: [1, 3], gap: 1600, setShare: 0.5 }));
  inputs.push(sequence(rand, { calls: 5500, keyCount: 300, alphabet: lower, keyLen: [2, 3], valueLen: [1, 3], gap: 1, setShare: 0.6 }));
  inputs.push(sequence(rand, { calls: 6000, keyCount: 2, alphabet: "xy", keyLen: [1, 1], valueLen: [1, 2], gap: 1, setShare: 0.7 }));
  const tests = inputs.map((input) => ({ input, output: run(input.operations, input.arguments) }));
  for (const t of tests) {
    const bytes = JSON.stringify(t.input).length + JSON.stringify(t.output).length;
    if (bytes > LIMIT) throw new Error(`time-based-key-value-store test of ${bytes} bytes is over ${LIMIT}`);
  }
  return tests;
}
