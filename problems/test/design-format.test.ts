/**
 * A design problem's format, without a runner: what a class declaration may be, what a test's
 * calls must fit (each refused with a message that names the call), the canonical stdin and
 * results, and custom input typed in the test-case panel.
 */
import { describe, expect, it } from "vitest";
import { DesignSignatureSchema, ProblemFileSchema, type DesignSignature } from "../../contracts/problems";
import { inputFields } from "../../contracts/value-check";
import { compileProblem, customInput, displayInput, encodeInput, encodeResult, JudgeInputError } from "../../judge/index";
import { firstFailedCall } from "../../judge/design-io";
import { close } from "../../judge/compare";

const cache: DesignSignature = {
  class: "LRUCache",
  init: [{ name: "capacity", type: "int" }],
  methods: [
    { name: "get", params: [{ name: "key", type: "int" }], returns: "int" },
    { name: "put", params: [{ name: "key", type: "int" }, { name: "value", type: "int" }], returns: "void" },
  ],
};
const calls = { operations: ["LRUCache", "put", "get"], arguments: [[2], [1, 1], [1]] };

const problemWith = (tests: unknown[]) => ({
  slug: "lru", dir: "problems/lru", statement: "Cache.",
  problemJson: { title: "LRU", difficulty: "medium", tags: ["design"], signature: cache, examples: [{ input: calls, output: [null, null, 1] }] },
  tests, reference: {},
});

describe("the class a design problem declares", () => {
  it("is UpperCamelCase, not a class the harness defines, with unique method names", () => {
    expect(DesignSignatureSchema.safeParse(cache).success).toBe(true);
    for (const bad of [
      { ...cache, class: "lruCache" },
      { ...cache, class: "Main" },
      { ...cache, class: "Solution" },
      { ...cache, methods: [cache.methods[0], cache.methods[0]] },
      { ...cache, methods: [{ name: "get", params: [], returns: "map" }] },
      { ...cache, methods: [] },
    ]) expect(DesignSignatureSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("a problem file takes either a function or a class, never a mix", () => {
    const file = problemWith([]).problemJson;
    expect(ProblemFileSchema.safeParse(file).success).toBe(true);
    expect(ProblemFileSchema.safeParse({ ...file, signature: { ...cache, function: "get" } }).success).toBe(false);
  });
});

describe("a design test's calls", () => {
  const refused = (input: Record<string, unknown>, output: unknown) => () => compileProblem(problemWith([{ input, output }]));

  it("compiles to the operations and arguments lines, and every call's result", () => {
    const record = compileProblem(problemWith([{ input: calls, output: [null, null, 1] }]));
    expect(record.hidden[0]).toEqual({ kind: "hidden", input: '["LRUCache","put","get"]\n[[2],[1,1],[1]]\n', expected: "[null,null,1]\n" });
    expect(record.examples[0].stdin).toBe(record.hidden[0].input);
    expect(displayInput(cache, record.hidden[0].input)).toBe('operations = ["LRUCache","put","get"]\narguments = [[2],[1,1],[1]]');
  });

  it("refuses calls that do not fit the class, naming the call", () => {
    expect(refused({ ...calls, operations: ["put", "put", "get"] }, [null, null, 1])).toThrow(/operations\[0\]: expected "LRUCache" \(the constructor\)/);
    expect(refused({ ...calls, operations: ["LRUCache", "delete", "get"] }, [null, null, 1])).toThrow(/operations\[1\]: no method "delete" \(get, put\)/);
    expect(refused({ ...calls, arguments: [[2], [1], [1]] }, [null, null, 1])).toThrow(/arguments\[1\]: put takes 2 arguments/);
    expect(refused({ ...calls, arguments: [[2], [1, "x"], [1]] }, [null, null, 1])).toThrow(/arguments\[1\]\[1\] \(value\): expected a 32-bit int/);
    expect(refused({ ...calls, arguments: [[2], [1, 1]] }, [null, null, 1])).toThrow(/one array per operation \(3\)/);
    expect(refused({ ...calls, extra: 1 }, [null, null, 1])).toThrow(/unknown input "extra"/);
  });

  it("refuses results that do not fit the calls", () => {
    expect(refused(calls, [null, null])).toThrow(/one result per operation \(3\)/);
    expect(refused(calls, [null, 0, 1])).toThrow(/output\[1\]: put returns nothing, so its result is null/);
    expect(refused(calls, [null, null, "1"])).toThrow(/output\[2\] \(get\): expected a 32-bit int/);
  });

  it("refuses a test with more calls than the harness reads", () => {
    const n = 50_001;
    const big = { operations: ["LRUCache", ...Array(n - 1).fill("get")], arguments: [[2], ...Array(n - 1).fill([1])] };
    expect(refused(big, Array(n).fill(null))).toThrow(/at most 50000 calls/);
  });

  it("encodes the same calls to the same stdin however the JSON was spaced", () => {
    expect(encodeInput(cache, JSON.parse('{"operations": [ "LRUCache" ], "arguments": [ [ 2 ] ]}'))).toBe('["LRUCache"]\n[[2]]\n');
    expect(encodeResult(cache, [null], { operations: ["LRUCache"], arguments: [[2]] })).toBe("[null]");
    expect(() => encodeResult(cache, [null])).toThrow(/pass its input/);
  });
});

describe("custom input for a design problem", () => {
  it("the test-case panel edits operations and arguments, each checked as it is typed", () => {
    const fields = inputFields(cache);
    expect(fields.map((f) => [f.name, f.type])).toEqual([["operations", "string[]"], ["arguments", "any[][]"]]);
    expect(fields[0].check(["LRUCache", 3])).toMatch(/operations\[1\]: expected a string/);
    expect(fields[1].check([[1], 2])).toMatch(/arguments: expected an array of arrays/);
    expect(fields[1].check([[2], [1, 1]])).toBeNull();
  });

  it("typed as two lines, or as named inputs; calls that do not fit the class are a clear input error", () => {
    const problem = { slug: "lru", signature: cache, timeLimitMs: 1000 };
    expect(customInput(problem, 'operations = ["LRUCache","get"]\narguments = [[1],[5]]')).toBe('["LRUCache","get"]\n[[1],[5]]\n');
    expect(customInput(problem, { operations: ["LRUCache", "get"], arguments: [[1], [5]] })).toBe('["LRUCache","get"]\n[[1],[5]]\n');
    expect(() => customInput(problem, { operations: ["LRUCache", "get"], arguments: [[1], []] })).toThrow(JudgeInputError);
    expect(() => customInput(problem, '["LRUCache"]')).toThrow(/expected 2 lines \(operations, arguments\), got 1/);
  });
});

describe("the failing call", () => {
  const stdin = '["LRUCache","put","get","get"]\n[[2],[1,1],[1],[3]]\n';

  it("is the first call whose result differs, shown with its arguments", () => {
    expect(firstFailedCall(stdin, "[null,null,1,-1]", "[null,null,1,1]", close)).toEqual({ index: 3, call: "get(3)", expected: "-1", actual: "1" });
    expect(firstFailedCall('["LRUCache"]\n[[2]]\n', "[null]", "[1]", close)).toEqual({ index: 0, call: "new LRUCache(2)", expected: "null", actual: "1" });
  });

  it("is the first missing result when the output ended early, and nothing when the output is not an array", () => {
    expect(firstFailedCall(stdin, "[null,null,1,-1]", "[null,null,1]", close)).toMatchObject({ index: 3, actual: "(no result: the output ended)" });
    expect(firstFailedCall(stdin, "[null,null,1,-1]", "Traceback", close)).toBeNull();
  });

  it("compares floating-point results with the judge's tolerance", () => {
    expect(firstFailedCall('["A","f","f"]\n[[],[],[]]\n', "[null,0.5,1]", "[null,0.5000001,2]", close)).toMatchObject({ index: 2, call: "f()" });
  });
});
