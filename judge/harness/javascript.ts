/** JavaScript and TypeScript: a plain function, LeetCode style; JSON.parse/JSON.stringify. */
import type { Signature, ValueType } from "../../contracts/problems";
import { sortDepth, type Harness } from "./common";

const TS_TYPE: Record<ValueType, string> = {
  int: "number", long: "number", double: "number", bool: "boolean", string: "string",
  "int[]": "number[]", "double[]": "number[]", "string[]": "string[]", "int[][]": "number[][]", "string[][]": "string[][]",
  TreeNode: "TreeNode | null", ListNode: "ListNode | null",
};

const DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0", double: "0", bool: "false", string: '""',
  "int[]": "[]", "double[]": "[]", "string[]": "[]", "int[][]": "[]", "string[][]": "[]",
  TreeNode: "null", ListNode: "null",
};

const JS_PRELUDE = `function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}
function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}
`;

const TS_PRELUDE = `class TreeNode {
  val: number; left: TreeNode | null; right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}
class ListNode {
  val: number; next: ListNode | null;
  constructor(val?: number, next?: ListNode | null) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
  }
}
`;

// Plain JavaScript: valid TypeScript for esbuild (which strips types and never checks them).
const DRIVER_LIB = `
function __duetTreeIn(a) {
  if (a.length === 0) return null;
  const nodes = a.map((v) => (v === null ? null : new TreeNode(v)));
  let k = 1;
  for (const n of nodes) {
    if (n === null) continue;
    n.left = k < nodes.length ? nodes[k] : null; k++;
    n.right = k < nodes.length ? nodes[k] : null; k++;
  }
  return nodes[0];
}
function __duetTreeOut(root) {
  const out = [], queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    if (n === null || n === undefined) { out.push(null); continue; }
    out.push(n.val); queue.push(n.left); queue.push(n.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
function __duetListIn(a) {
  let head = null;
  for (let i = a.length - 1; i >= 0; i--) head = new ListNode(a[i], head);
  return head;
}
function __duetListOut(head) {
  const out = [];
  for (let n = head; n !== null && n !== undefined; n = n.next) out.push(n.val);
  return out;
}
function __duetJson(v) { const s = JSON.stringify(v); return s === undefined ? "" : s; }
function __duetSorted(parts) { return "[" + parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(",") + "]"; }
`;

function inConv(t: ValueType, v: string): string {
  return t === "TreeNode" ? `__duetTreeIn(${v})` : t === "ListNode" ? `__duetListIn(${v})` : v;
}

function outExpr(sig: Signature): string {
  const t = sig.returns;
  if (t === "TreeNode") return "__duetJson(__duetTreeOut(result))";
  if (t === "ListNode") return "__duetJson(__duetListOut(result))";
  const depth = sortDepth(sig);
  if (depth === 1) return "__duetSorted(result.map((e) => __duetJson(e)))";
  if (depth === 2) return "__duetSorted(result.map((e) => __duetSorted(e.map((x) => __duetJson(x)))))";
  return "__duetJson(result)";
}

function driver(sig: Signature): string {
  const args = sig.params.map((p, i) => inConv(p.type, `args[${i}]`)).join(", ");
  return `${DRIVER_LIB}
(function __duetMain() {
  const fs = require("fs");
  const args = fs.readFileSync(0, "utf8").split("\\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
  // The candidate's prints go to stderr; stdout carries only the result.
  const realWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr);
  const result = ${sig.function}(${args});
  process.stdout.write = realWrite;
  realWrite(${outExpr(sig)} + "\\n");
})();
`;
}

function makeHarness(typed: boolean): Harness {
  return {
    starter(sig) {
      if (!typed) {
        const doc = sig.params.map((p) => ` * @param {${TS_TYPE[p.type]}} ${p.name}`).join("\n");
        return `/**\n${doc}\n * @return {${TS_TYPE[sig.returns]}}\n */\nfunction ${sig.function}(${sig.params.map((p) => p.name).join(", ")}) {\n    return ${DEFAULT[sig.returns]};\n}\n`;
      }
      const params = sig.params.map((p) => `${p.name}: ${TS_TYPE[p.type]}`).join(", ");
      return `function ${sig.function}(${params}): ${TS_TYPE[sig.returns]} {\n    return ${DEFAULT[sig.returns]};\n}\n`;
    },
    assemble(sig, code) {
      return (typed ? TS_PRELUDE : JS_PRELUDE) + code + "\n" + driver(sig);
    },
  };
}

export const javascript = makeHarness(false);
export const typescript = makeHarness(true);
