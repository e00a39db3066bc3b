/** Python 3: `class Solution` with a method, LeetCode style; json for reading and writing. */
import type { Signature, ValueType } from "../../contracts/problems";
import { sortDepth, type Harness } from "./common";

const PY_TYPE: Record<ValueType, string> = {
  int: "int", long: "int", double: "float", bool: "bool", string: "str",
  "int[]": "List[int]", "double[]": "List[float]", "string[]": "List[str]",
  "int[][]": "List[List[int]]", "string[][]": "List[List[str]]",
  TreeNode: "Optional[TreeNode]", ListNode: "Optional[ListNode]",
};

const PY_DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0", double: "0.0", bool: "False", string: '""',
  "int[]": "[]", "double[]": "[]", "string[]": "[]", "int[][]": "[]", "string[][]": "[]",
  TreeNode: "None", ListNode: "None",
};

const PRELUDE = `import sys
import json
import math
import collections
import heapq
import bisect
import itertools
import functools
from typing import *


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

`;

const DRIVER_LIB = `

def _duet_tree_in(a):
    if not a:
        return None
    nodes = [None if v is None else TreeNode(v) for v in a]
    kids = iter(nodes[1:])
    for n in nodes:
        if n is not None:
            n.left = next(kids, None)
            n.right = next(kids, None)
    return nodes[0]


def _duet_tree_out(root):
    out, queue, i = [], [root], 0
    while i < len(queue):
        n = queue[i]
        i += 1
        if n is None:
            out.append(None)
        else:
            out.append(n.val)
            queue.append(n.left)
            queue.append(n.right)
    while out and out[-1] is None:
        out.pop()
    return out


def _duet_list_in(a):
    head = None
    for v in reversed(a):
        head = ListNode(v, head)
    return head


def _duet_list_out(head):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


def _duet_json(v):
    return json.dumps(v, separators=(",", ":"))


def _duet_sorted(parts):
    return "[" + ",".join(sorted(parts)) + "]"
`;

function inConv(t: ValueType, v: string): string {
  return t === "TreeNode" ? `_duet_tree_in(${v})` : t === "ListNode" ? `_duet_list_in(${v})` : v;
}

function outExpr(sig: Signature): string {
  const t = sig.returns;
  if (t === "TreeNode") return "_duet_json(_duet_tree_out(result))";
  if (t === "ListNode") return "_duet_json(_duet_list_out(result))";
  const depth = sortDepth(sig);
  if (depth === 1) return "_duet_sorted([_duet_json(e) for e in result])";
  if (depth === 2) return "_duet_sorted([_duet_sorted([_duet_json(x) for x in e]) for e in result])";
  return "_duet_json(result)";
}

export const python: Harness = {
  starter(sig) {
    const params = sig.params.map((p) => `${p.name}: ${PY_TYPE[p.type]}`).join(", ");
    return `class Solution:\n    def ${sig.function}(self, ${params}) -> ${PY_TYPE[sig.returns]}:\n        return ${PY_DEFAULT[sig.returns]}\n`;
  },
  assemble(sig, code) {
    const args = sig.params.map((p, i) => inConv(p.type, `_duet_args[${i}]`)).join(", ");
    const main = `

def _duet_main():
    sys.setrecursionlimit(200000)
    _duet_args = [json.loads(line) for line in sys.stdin.read().split("\\n") if line.strip()]
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # the candidate's prints go to stderr; stdout carries only the result
    result = Solution().${sig.function}(${args})
    sys.stdout.flush()
    sys.stdout = real_stdout
    sys.stdout.write(${outExpr(sig)} + "\\n")


_duet_main()
`;
    return PRELUDE + code + DRIVER_LIB + main;
  },
};
