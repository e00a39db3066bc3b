"""Duet's Python harness (Python 3.11, `class Solution` with a method, LeetCode style).

judge/harness/python.ts ships this file as sitecustomize.py beside main.py, which holds the
candidate's code as written followed by one generated call:

    import sitecustomize as _duet
    _duet.main(globals(), "twoSum", ["int[]", "int"], "int[]", 1)

or, for a design problem (a class whose methods a test calls in order), one call of design().

Python imports sitecustomize before it runs main.py (the run step puts /box on PYTHONPATH), so the
names a LeetCode solution may use unimported (List, Optional, collections, TreeNode, ...) are
builtins by then, and the candidate's line n is line n of main.py: in a SyntaxError, and in the
traceback that main() prints without the harness's frame. Code that lacks the class or the method,
or whose method takes another number of arguments, is reported in one marked stderr line
(MISMATCH_MARKER + JSON) that the judge turns into an explained verdict (judge/signature.ts).
The problems CI byte-compiles this file.
"""
import bisect
import builtins
import collections
import functools
import heapq
import inspect
import itertools
import json
import math
import sys
import traceback
import typing


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


# A LeetCode solution's usual imports and `from typing import *`, as the candidate's module had
# them when they were written above its code; the classes print as they did then (__main__.TreeNode).
for _name in typing.__all__:
    setattr(builtins, _name, getattr(typing, _name))
for _module in (bisect, collections, functools, heapq, itertools, json, math, sys):
    setattr(builtins, _module.__name__, _module)
for _cls in (TreeNode, ListNode):
    _cls.__module__ = "__main__"
    setattr(builtins, _cls.__name__, _cls)

# Like the interpreter's own report of an uncaught exception: its most recent 1,000 frames.
TRACEBACK_FRAMES = 1000

# Starts the stderr line that reports a signature mismatch (judge/signature.ts reads it).
MISMATCH_MARKER = "DUET-SIGNATURE-MISMATCH "


def main(names, method, params, returns, sort_depth):
    """Reads one test's input (one JSON value per parameter, a line each), calls the method once
    with the candidate's prints sent to stderr, and prints the result as one canonical JSON line.
    names: the candidate's module globals (Solution is looked up here, not in the generated call).
    sort_depth: 0 as returned, 1 the outer list sorted by JSON, 2 the inner lists and the outer."""
    solution = names.get("Solution")
    _check_signature(solution, names, method, len(params))
    sys.setrecursionlimit(200000)
    lines = [line for line in sys.stdin.read().split("\n") if line.strip()]
    args = [_value_in(t, json.loads(line)) for t, line in zip(params, lines)]
    real_stdout = sys.stdout
    sys.stdout = sys.stderr
    try:
        result = getattr(solution(), method)(*args)
    except Exception as e:
        _uncaught(e)
    sys.stdout.flush()
    sys.stdout = real_stdout
    sys.stdout.write(_value_out(result, returns, sort_depth) + "\n")


def design(names, class_name, init, methods):
    """A design test: reads the calls (operations, then their arguments: a JSON line each),
    constructs the candidate's class, calls its methods in order with the candidate's prints sent
    to stderr, and prints every call's result as one JSON array line (null for the constructor
    and for methods that return nothing). methods: name -> [parameter types, result type or "void"]."""
    cls = names.get(class_name)
    if not isinstance(cls, type):
        _missing_class(names)
    sys.setrecursionlimit(200000)
    lines = [line for line in sys.stdin.read().split("\n") if line.strip()]
    operations, arguments = json.loads(lines[0]), json.loads(lines[1])
    results = ["null"]
    real_stdout = sys.stdout
    sys.stdout = sys.stderr
    try:
        obj = cls(*[_value_in(t, v) for t, v in zip(init, arguments[0])])
        for name, args in zip(operations[1:], arguments[1:]):
            params, returns = methods[name]
            result = getattr(obj, name)(*[_value_in(t, v) for t, v in zip(params, args)])
            results.append("null" if returns == "void" else _value_out(result, returns, 0))
    except Exception as e:
        _uncaught(e)
    sys.stdout.flush()
    sys.stdout = real_stdout
    sys.stdout.write("[" + ",".join(results) + "]\n")


def _check_signature(solution, names, method, arity):
    """Exits with a mismatch report unless Solution().<method> takes exactly `arity` arguments."""
    if not isinstance(solution, type):
        _missing_class(names)
    fn = getattr(solution, method, None)
    if not callable(fn):
        own = [v for k, v in vars(solution).items() if not k.startswith("_")]
        _mismatch("missing_function", [_shown(v) for v in own if inspect.isfunction(v)])
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return  # a callable Python cannot describe: let the call tell
    takes_self = not isinstance(inspect.getattr_static(solution, method), (staticmethod, classmethod))
    try:
        signature.bind(*([None] * (arity + takes_self)))
    except TypeError:
        _mismatch("wrong_arity", [_shown(fn)])


def _uncaught(e):
    """Reports `e` as Python reports an uncaught exception, from the candidate's frame (the one
    that called it is the harness's), and exits 1 as Python does."""
    sys.stdout.flush()
    traceback.print_exception(type(e), e, e.__traceback__.tb_next, limit=-TRACEBACK_FRAMES)
    sys.exit(1)


def _missing_class(names):
    """Exits with a mismatch report naming the functions and classes the candidate did write."""
    own = [v for k, v in names.items() if not k.startswith("_") and getattr(v, "__module__", None) == "__main__"]
    _mismatch("missing_class", [_shown(v) for v in own if inspect.isfunction(v) or inspect.isclass(v)])


def _shown(v):
    if inspect.isclass(v):
        return "class " + v.__name__
    try:
        return v.__name__ + "(" + ", ".join(p.name for p in inspect.signature(v).parameters.values()) + ")"
    except (TypeError, ValueError):
        return v.__name__


def _mismatch(kind, found):
    sys.stdout.flush()
    report = {"kind": kind}
    if found:
        report["found"] = ", ".join(found)[:200]
    sys.stderr.write(MISMATCH_MARKER + json.dumps(report) + "\n")
    sys.exit(1)


def _value_in(type_, v):
    if type_ == "TreeNode":
        return _tree_in(v)
    if type_ == "ListNode":
        return _list_in(v)
    return v


def _value_out(v, type_, sort_depth):
    if type_ == "TreeNode":
        return _json(_tree_out(v))
    if type_ == "ListNode":
        return _json(_list_out(v))
    if sort_depth == 1:
        return _sorted([_json(e) for e in v])
    if sort_depth == 2:
        return _sorted([_sorted([_json(x) for x in e]) for e in v])
    return _json(v)


def _tree_in(a):
    if not a:
        return None
    nodes = [None if v is None else TreeNode(v) for v in a]
    kids = iter(nodes[1:])
    for n in nodes:
        if n is not None:
            n.left = next(kids, None)
            n.right = next(kids, None)
    return nodes[0]


def _tree_out(root):
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


def _list_in(a):
    head = None
    for v in reversed(a):
        head = ListNode(v, head)
    return head


def _list_out(head):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


def _json(v):
    return json.dumps(v, separators=(",", ":"))


def _sorted(parts):
    return "[" + ",".join(sorted(parts)) + "]"
