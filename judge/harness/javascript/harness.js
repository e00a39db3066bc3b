// Duet's JavaScript and TypeScript harness (a plain function, LeetCode style). judge/harness/javascript.ts
// assembles a judged main.js or main.ts: the candidate's code first (so its line n is line n of the
// file, in Node's and esbuild's errors and in traces, TypeScript's through esbuild's source map),
// this file after it (function declarations are hoisted, so the candidate's code may use TreeNode
// and ListNode anywhere), then one generated call of __duetMain with the signature (of __duetDesign
// for a design problem: the candidate's class, then its methods called in the test's order). Plain
// JavaScript, valid TypeScript for esbuild (which strips types and checks none); the problems CI
// runs node --check and tsc --checkJs --strict on it.

/**
 * @constructor
 * @param {number} [val]
 * @param {TreeNode | null} [left]
 * @param {TreeNode | null} [right]
 */
function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  /** @type {TreeNode | null} */
  this.left = left === undefined ? null : left;
  /** @type {TreeNode | null} */
  this.right = right === undefined ? null : right;
}
/**
 * @constructor
 * @param {number} [val]
 * @param {ListNode | null} [next]
 */
function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  /** @type {ListNode | null} */
  this.next = next === undefined ? null : next;
}

/**
 * Reads one test's input (one JSON value per parameter, a line each), calls the candidate's
 * function once with its prints sent to stderr, and prints the result as one canonical JSON line.
 * @param {Function} fn the candidate's function
 * @param {string[]} params the parameters' value types (contracts/problems.ts ValueType)
 * @param {string} returns the result's value type
 * @param {number} sortDepth 0: as returned; 1: the outer array sorted by JSON; 2: inner and outer
 */
function __duetMain(fn, params, returns, sortDepth) {
  const lines = require("node:fs").readFileSync(0, "utf8").split("\n").filter((/** @type {string} */ l) => l.trim() !== "");
  const args = params.map((t, i) => __duetIn(t, JSON.parse(lines[i])));
  const realWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr);
  const result = __duetCall(fn, args);
  process.stdout.write = realWrite;
  realWrite(__duetOut(result, returns, sortDepth) + "\n");
}

/**
 * A design test: reads the calls (operations, then their arguments: a JSON line each), constructs
 * the candidate's class, calls its methods in order with its prints sent to stderr, and prints
 * every call's result as one JSON array line (null for the constructor and void methods).
 * @param {any} cls the candidate's class (or constructor function)
 * @param {string} className
 * @param {string[]} init the constructor's parameter types
 * @param {Record<string, [string[], string]>} methods name: [parameter types, result type or "void"]
 */
function __duetDesign(cls, className, init, methods) {
  const lines = require("node:fs").readFileSync(0, "utf8").split("\n").filter((/** @type {string} */ l) => l.trim() !== "");
  /** @type {string[]} */
  const operations = JSON.parse(lines[0]);
  /** @type {unknown[][]} */
  const args = JSON.parse(lines[1]);
  const realWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr);
  const obj = __duetCall(__duetConstruct, [cls, ...args[0].map((v, j) => __duetIn(init[j], v))]);
  const results = ["null"];
  for (let k = 1; k < operations.length; k++) {
    const [params, returns] = methods[operations[k]];
    if (typeof obj[operations[k]] !== "function") {
      process.stderr.write("TypeError: " + className + " has no method " + operations[k] + "\n");
      process.exit(1);
    }
    const method = obj[operations[k]].bind(obj);
    const result = __duetCall(method, args[k].map((v, j) => __duetIn(params[j], v)));
    results.push(returns === "void" ? "null" : __duetOut(result, returns, 0));
  }
  process.stdout.write = realWrite;
  realWrite("[" + results.join(",") + "]\n");
}

/**
 * @param {any} cls
 * @param {unknown[]} args
 */
function __duetConstruct(cls, ...args) {
  return new cls(...args);
}

/**
 * The candidate's call. What it throws is printed as Node prints an uncaught error, without the
 * harness's frames (this function's and everything below it), and the process exits 1 as Node's does.
 * @param {Function} fn
 * @param {unknown[]} args
 * @returns {any}
 */
function __duetCall(fn, args) {
  try {
    return fn(...args);
  } catch (e) {
    process.stderr.write(__duetTrace(e) + "\n");
    process.exit(1);
  }
}

/** @param {unknown} e */
function __duetTrace(e) {
  if (!(e instanceof Error) || typeof e.stack !== "string") return "Uncaught " + require("node:util").inspect(e);
  const lines = e.stack.split("\n");
  const harness = lines.findIndex((l) => /^\s+at (__duetCall|__duetConstruct) \(/.test(l));
  return (harness < 0 ? lines : lines.slice(0, harness)).join("\n");
}

/**
 * @param {string} type
 * @param {any} v
 */
function __duetIn(type, v) {
  return type === "TreeNode" ? __duetTreeIn(v) : type === "ListNode" ? __duetListIn(v) : v;
}

/**
 * @param {any} v
 * @param {string} type
 * @param {number} sortDepth
 */
function __duetOut(v, type, sortDepth) {
  if (type === "TreeNode") return __duetJson(__duetTreeOut(v));
  if (type === "ListNode") return __duetJson(__duetListOut(v));
  if (sortDepth === 1) return __duetSorted(v.map((/** @type {unknown} */ e) => __duetJson(e)));
  if (sortDepth === 2) return __duetSorted(v.map((/** @type {unknown[]} */ e) => __duetSorted(e.map((x) => __duetJson(x)))));
  return __duetJson(v);
}

/** @param {(number | null)[]} a */
function __duetTreeIn(a) {
  if (a.length === 0) return null;
  const nodes = a.map((v) => (v === null ? null : new TreeNode(v)));
  let k = 1;
  for (const n of nodes) {
    if (n === null) continue;
    n.left = k < nodes.length ? nodes[k] : null;
    k++;
    n.right = k < nodes.length ? nodes[k] : null;
    k++;
  }
  return nodes[0];
}
/** @param {TreeNode | null | undefined} root */
function __duetTreeOut(root) {
  /** @type {(number | null)[]} */
  const out = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    if (n === null || n === undefined) {
      out.push(null);
      continue;
    }
    out.push(n.val);
    queue.push(n.left);
    queue.push(n.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
/** @param {number[]} a */
function __duetListIn(a) {
  /** @type {ListNode | null} */
  let head = null;
  for (let i = a.length - 1; i >= 0; i--) head = new ListNode(a[i], head);
  return head;
}
/** @param {ListNode | null | undefined} head */
function __duetListOut(head) {
  const out = [];
  for (let n = head; n !== null && n !== undefined; n = n.next) out.push(n.val);
  return out;
}
/** @param {unknown} v */
function __duetJson(v) {
  const s = JSON.stringify(v);
  return s === undefined ? "" : s;
}
/** @param {string[]} parts */
function __duetSorted(parts) {
  return "[" + parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(",") + "]";
}
