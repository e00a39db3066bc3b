// The oracle is a plain set of the inserted words: search is membership, startsWith scans every
// word (O(words × length), obviously right). The references' tries must agree with it.
function run(ops, args) {
  const words = new Set();
  return ops.map((op, i) => {
    const s = args[i][0];
    if (op === "insert") { words.add(s); return null; }
    if (op === "search") return words.has(s);
    if (op === "startsWith") {
      for (const w of words) if (w.startsWith(s)) return true;
      return false;
    }
    return null;
  });
}

function word(rand, alphabet, lo, hi) {
  let s = "";
  for (let n = rand.int(lo, hi); n > 0; n--) s += alphabet[rand.int(0, alphabet.length - 1)];
  return s;
}

// Random calls: queries are an inserted word, a prefix of one, an inserted word extended by a
// letter or a fresh random word, so both answers are common for search and for startsWith.
function sequence(rand, calls, alphabet, lo, hi, insertShare) {
  const ops = ["Trie"], args = [[]];
  const inserted = [];
  for (let i = 0; i < calls; i++) {
    if (inserted.length === 0 || rand.next() < insertShare) {
      const w = inserted.length && rand.next() < 0.3 ? rand.pick(inserted).slice(0, rand.int(1, hi)) + word(rand, alphabet, 0, 2) : word(rand, alphabet, lo, hi);
      ops.push("insert"); args.push([w || alphabet[0]]); inserted.push(w || alphabet[0]);
      continue;
    }
    const base = rand.pick(inserted);
    const r = rand.next();
    let q;
    if (r < 0.3) q = base;
    else if (r < 0.6) q = base.slice(0, rand.int(1, base.length));
    else if (r < 0.75) q = base + alphabet[rand.int(0, alphabet.length - 1)];
    else q = word(rand, alphabet, lo, hi);
    ops.push(rand.next() < 0.5 ? "search" : "startsWith"); args.push([q]);
  }
  return { operations: ops, arguments: args };
}

// Long words (up to 2000 letters) sharing long prefixes, asked about at and around their ends.
function long(rand, count, length) {
  const ops = ["Trie"], args = [[]];
  const stem = word(rand, "ab", length - 50, length - 50);
  const words = [];
  for (let i = 0; i < count; i++) {
    const w = (stem + word(rand, "ab", 50, 50)).slice(0, rand.int(length - 60, length));
    words.push(w);
    ops.push("insert"); args.push([w]);
  }
  for (let i = 0; i < count * 2; i++) {
    const w = rand.pick(words);
    const r = rand.next();
    const q = r < 0.3 ? w : r < 0.6 ? w.slice(0, w.length - rand.int(1, 40)) : r < 0.8 ? w + "a" : w.slice(0, w.length - 1) + (w.endsWith("a") ? "b" : "a");
    ops.push(rand.next() < 0.5 ? "search" : "startsWith"); args.push([q]);
  }
  return { operations: ops, arguments: args };
}

const LIMIT = 200_000;

export default function generate(rand) {
  const lower = "abcdefghijklmnopqrstuvwxyz";
  const inputs = [];
  for (let i = 0; i < 10; i++) inputs.push(sequence(rand, rand.int(5, 40), rand.pick(["ab", "abc", "xyz"]), 1, 4, 0.4));
  for (let i = 0; i < 3; i++) inputs.push(sequence(rand, 2000, lower, 1, 8, 0.4));
  inputs.push(sequence(rand, 2000, "az", 1, 12, 0.3));
  inputs.push(long(rand, 30, 2000));
  // One word of 2000 letters and its prefix of 1020, then every 20th prefix asked both ways, and one letter more.
  {
    const w = word(rand, lower, 2000, 2000);
    const ops = ["Trie", "insert", "insert"], args = [[], [w], [w.slice(0, 1020)]];
    for (let n = 20; n <= 2000; n += 20) { ops.push(n % 40 ? "search" : "startsWith"); args.push([w.slice(0, n)]); }
    ops.push("search", "startsWith"); args.push([w + "q"], [w + "q"]);
    inputs.push({ operations: ops, arguments: args });
  }
  // Large: thousands of short words, mostly queries; and mostly inserts (a big trie).
  inputs.push(sequence(rand, 7000, lower, 3, 7, 0.3));
  inputs.push(sequence(rand, 6000, lower, 5, 9, 0.8));
  inputs.push(sequence(rand, 7000, "abcd", 1, 10, 0.5));
  const tests = inputs.map((input) => ({ input, output: run(input.operations, input.arguments) }));
  for (const t of tests) {
    const bytes = JSON.stringify(t.input).length + JSON.stringify(t.output).length;
    if (bytes > LIMIT) throw new Error(`implement-trie-prefix-tree test of ${bytes} bytes is over ${LIMIT}`);
  }
  return tests;
}
