/**
 * A design problem's tests, in LeetCode's format: stdin is two canonical JSON lines,
 *
 *   ["LRUCache","put","get"]        operations: the class, then a method per call
 *   [[2],[1,1],[1]]                 arguments: one array per call, typed by the method's parameters
 *
 * and the harness prints one line, every call's result in order (`null` for the constructor and
 * void methods): `[null,null,1]`. Pure; no node imports.
 */
import type { DesignSignature, Method, ValueType } from "../contracts/problems";
import { checkValue } from "../contracts/value-check";

/** At most this many calls in one test: the harness reads them all before it prints. */
export const MAX_DESIGN_CALLS = 50_000;

interface Call {
  /** The constructor (index 0) or the method called. */
  method: Method | null;
  args: unknown[];
}

/** Why `input` is not a sequence of calls on the class (with a path), or null when it is. */
export function checkCalls(d: DesignSignature, input: Record<string, unknown>): string | null {
  for (const k of Object.keys(input)) if (k !== "operations" && k !== "arguments") return `unknown input "${k}" (a design test has operations and arguments)`;
  const { operations: ops, arguments: args } = input;
  if (!Array.isArray(ops) || ops.length === 0) return "operations: expected a non-empty array of names";
  if (ops.length > MAX_DESIGN_CALLS) return `operations: at most ${MAX_DESIGN_CALLS} calls, got ${ops.length}`;
  if (!Array.isArray(args) || args.length !== ops.length) return `arguments: expected an array with one array per operation (${ops.length})`;
  for (let i = 0; i < ops.length; i++) {
    const params = i === 0 ? constructorParams(d, ops[0]) : methodOf(d, ops[i])?.params;
    if (!params) return i === 0 ? `operations[0]: expected "${d.class}" (the constructor), got ${JSON.stringify(ops[0])}` : `operations[${i}]: no method ${JSON.stringify(ops[i])} (${d.methods.map((m) => m.name).join(", ")})`;
    const a = args[i];
    if (!Array.isArray(a) || a.length !== params.length) return `arguments[${i}]: ${ops[i]} takes ${params.length} argument${params.length === 1 ? "" : "s"}`;
    for (const [j, p] of params.entries()) {
      const e = checkValue(p.type, a[j], `arguments[${i}][${j}] (${p.name})`);
      if (e) return e;
    }
  }
  return null;
}

/** Why `output` is not every call's result (checked input), or null when it is. */
export function checkResults(d: DesignSignature, input: Record<string, unknown>, output: unknown): string | null {
  const ops = input.operations as string[];
  if (!Array.isArray(output) || output.length !== ops.length) return `output: expected an array with one result per operation (${ops.length})`;
  for (let i = 0; i < ops.length; i++) {
    const returns = i === 0 ? "void" : methodOf(d, ops[i])!.returns;
    if (returns === "void") {
      if (output[i] !== null) return `output[${i}]: ${ops[i]} returns nothing, so its result is null, got ${JSON.stringify(output[i])}`;
      continue;
    }
    const e = checkValue(returns, output[i], `output[${i}] (${ops[i]})`);
    if (e) return e;
  }
  return null;
}

/** The test's stdin (checked input): operations, then arguments, a canonical JSON line each. */
export function encodeCalls(d: DesignSignature, input: Record<string, unknown>, encodeValue: (t: ValueType, v: unknown) => string): string {
  const calls = callsOf(d, input);
  const args = calls.map((c, i) => `[${c.args.map((v, j) => encodeValue(paramsOf(d, i, c)[j].type, v)).join(",")}]`);
  return `${JSON.stringify(input.operations)}\n[${args.join(",")}]\n`;
}

/** The canonical printed results (checked): each call's result, `null` where it returns nothing. */
export function encodeResults(d: DesignSignature, input: Record<string, unknown>, output: unknown[], encodeValue: (t: ValueType, v: unknown) => string): string {
  const calls = callsOf(d, input);
  return `[${calls.map((c, i) => (c.method && c.method.returns !== "void" ? encodeValue(c.method.returns, output[i]) : "null")).join(",")}]`;
}

/** Whether any method's result is floating-point (compared with a tolerance). */
export function designHasFloats(d: DesignSignature): boolean {
  return d.methods.some((m) => m.returns === "double" || m.returns === "double[]");
}

/** The call whose printed result differs from the expected one: what the candidate is shown of a failed design test. */
export interface FailedCall {
  /** 0-based position in the test's calls (0 is the constructor). */
  index: number;
  /** `get(1)`: the call as the test made it. */
  call: string;
  expected: string;
  actual: string;
}

/**
 * The first call whose result differs, from the test's stdin and the printed lines, or null when
 * the outputs are not both arrays of results (the harness printed something else: a crash, a cut).
 */
export function firstFailedCall(stdin: string, expected: string, actual: string, same: (a: unknown, e: unknown) => boolean): FailedCall | null {
  const [opsLine, argsLine] = stdin.split("\n");
  let ops: unknown, args: unknown, exp: unknown, act: unknown;
  try {
    ops = JSON.parse(opsLine);
    args = JSON.parse(argsLine);
    exp = JSON.parse(expected);
    act = JSON.parse(actual);
  } catch {
    return null;
  }
  if (!Array.isArray(ops) || !Array.isArray(args) || !Array.isArray(exp) || !Array.isArray(act)) return null;
  for (let i = 0; i < exp.length; i++) {
    if (i < act.length && same(act[i], exp[i])) continue;
    const shownArgs = Array.isArray(args[i]) ? (args[i] as unknown[]).map((a) => JSON.stringify(a)).join(", ") : "";
    return {
      index: i,
      call: `${i === 0 ? `new ${String(ops[i])}` : String(ops[i])}(${shownArgs})`,
      expected: JSON.stringify(exp[i]),
      actual: i < act.length ? JSON.stringify(act[i]) : "(no result: the output ended)",
    };
  }
  return null;
}

function callsOf(d: DesignSignature, input: Record<string, unknown>): Call[] {
  const ops = input.operations as string[];
  const args = input.arguments as unknown[][];
  return ops.map((op, i) => ({ method: i === 0 ? null : methodOf(d, op)!, args: args[i] }));
}

function paramsOf(d: DesignSignature, i: number, c: Call) {
  return i === 0 ? d.init : c.method!.params;
}

function constructorParams(d: DesignSignature, op: unknown) {
  return op === d.class ? d.init : undefined;
}

function methodOf(d: DesignSignature, op: unknown): Method | undefined {
  return d.methods.find((m) => m.name === op);
}
