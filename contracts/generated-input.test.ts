import { describe, expect, it } from "vitest";
import { describeValue, expandRecipe, expandValue, hasGen, MAX_GENERATED_ITEMS, RecipeError, RecipeSchema, type GenValue } from "./generated-input";
import { TestCaseSchema, testBytes } from "./runner";

const ints = (over: Partial<Record<string, unknown>> = {}) => ({ $gen: "ints", n: 1000, min: -5, max: 5, seed: 7, ...over }) as GenValue;

describe("a recipe makes the same input everywhere", () => {
  it("is deterministic by seed, and another seed makes another input", () => {
    expect(expandValue(ints())).toEqual(expandValue(ints()));
    expect(expandValue(ints())).not.toEqual(expandValue(ints({ seed: 8 })));
  });

  it("pins the bytes: the loader's oracle and the runner read the same stdin (a change here changes every guard's expected output)", () => {
    expect(expandRecipe([{ $gen: "ints", n: 6, min: 0, max: 9, seed: 1 }, 3])).toBe("[6,0,5,9,9,2]\n3\n");
    expect(expandRecipe([{ $gen: "string", n: 8, alphabet: "ab", seed: 2 }])).toBe('"baabbbaa"\n');
  });

  it("keeps ints within [min, max], ordered and distinct when asked", () => {
    const v = expandValue(ints({ n: 5000, min: -1_000_000_000, max: 1_000_000_000, order: "asc", distinct: true })) as number[];
    expect(v).toHaveLength(5000);
    expect(v.every((x) => Number.isInteger(x) && x >= -1e9 && x <= 1e9)).toBe(true);
    expect(new Set(v).size).toBe(5000);
    expect(v).toEqual([...v].sort((a, b) => a - b));
    const d = expandValue(ints({ order: "desc" })) as number[];
    expect(d).toEqual([...d].sort((a, b) => b - a));
    // the whole span is reachable, both ends included
    const small = expandValue(ints({ n: 2000, min: 0, max: 3 })) as number[];
    expect(new Set(small)).toEqual(new Set([0, 1, 2, 3]));
  });

  it("composes: range, repeat, concat, zip, strings and intervals", () => {
    expect(expandValue({ $gen: "range", from: 10, n: 4, step: -3 })).toEqual([10, 7, 4, 1]);
    expect(expandValue({ $gen: "repeat", value: [1, 2], times: 3 })).toEqual([1, 2, 1, 2, 1, 2]);
    expect(expandValue({ $gen: "repeat", value: "ab", times: 3 })).toBe("ababab");
    expect(expandValue({ $gen: "concat", parts: [{ $gen: "repeat", value: "a", times: 4 }, "b"] })).toBe("aaaab");
    expect(expandValue({ $gen: "concat", parts: [[0], { $gen: "range", from: 1, n: 2 }] })).toEqual([0, 1, 2]);
    expect(expandValue({ $gen: "zip", columns: [{ $gen: "range", from: 0, n: 3 }, { $gen: "range", from: 1, n: 3 }, [5, 5, 5]] })).toEqual([[0, 1, 5], [1, 2, 5], [2, 3, 5]]);
    const words = expandValue({ $gen: "strings", n: 50, minLength: 2, maxLength: 4, alphabet: "xyz", seed: 3 }) as string[];
    expect(words.every((w) => /^[xyz]{2,4}$/.test(w))).toBe(true);
    const spans = expandValue({ $gen: "intervals", n: 200, min: 0, max: 100, minLength: 1, maxLength: 10, seed: 4 }) as number[][];
    expect(spans.every(([s, e]) => s >= 0 && e <= 100 && e - s >= 1 && e - s <= 10)).toBe(true);
  });

  it("says what it makes in a line a person reads, not the megabytes", () => {
    expect(describeValue(ints({ n: 100000, min: 0, max: 10000, seed: 18 }))).toBe("100000 ints in [0, 10000] (seed 18)");
    expect(describeValue(7)).toBe("7");
    expect(hasGen(ints())).toBe(true);
    expect(hasGen([1, 2])).toBe(false);
  });
});

describe("a recipe that cannot be made is refused, with the reason", () => {
  it.each([
    ["more items than the cap", { $gen: "repeat", value: { $gen: "range", from: 0, n: 1000 }, times: MAX_GENERATED_ITEMS }, /at most/],
    ["distinct from too small a range", ints({ n: 100, min: 0, max: 10, distinct: true }), /distinct/],
    ["min over max", ints({ min: 5, max: -5 }), /min is over max/],
    ["a span past 32 bits", ints({ min: 0, max: 2 ** 33 }), /2\^32/],
    ["zip of unequal columns", { $gen: "zip", columns: [[1, 2], [1]] }, /differ in length/],
    ["concat of an array and a string", { $gen: "concat", parts: [[1], "a"] }, /all arrays or all strings/],
    ["a recipe inside a literal array", [1, ints()], /use concat/],
  ])("%s", (_, recipe, message) => {
    expect(() => expandValue(recipe as GenValue)).toThrow(RecipeError);
    expect(() => expandValue(recipe as GenValue)).toThrow(message);
  });

  it("the schema refuses unknown kinds, unknown fields and a recipe over its size", () => {
    expect(RecipeSchema.safeParse([{ $gen: "shell", cmd: "rm -rf /" }]).success).toBe(false);
    expect(RecipeSchema.safeParse([{ ...(ints() as object), extra: 1 }]).success).toBe(false);
    expect(RecipeSchema.safeParse([ints({ n: MAX_GENERATED_ITEMS + 1 })]).success).toBe(false);
    expect(RecipeSchema.safeParse([Array.from({ length: 2000 }, (_, i) => i)]).success).toBe(false);
    expect(RecipeSchema.safeParse([]).success).toBe(false);
  });

  it("a runner test is text or a recipe, never both, and a recipe costs its own bytes against the per-test cap", () => {
    expect(TestCaseSchema.safeParse({ input: "1\n", expected: "1" }).success).toBe(true);
    expect(TestCaseSchema.safeParse({ generate: [ints()], expected: "1" }).success).toBe(true);
    expect(TestCaseSchema.safeParse({ input: "1\n", generate: [ints()], expected: "1" }).success).toBe(false);
    const t = TestCaseSchema.parse({ generate: [ints({ n: 4_000_000 })], expected: "1" });
    expect(testBytes(t)).toBeLessThan(200);
  });
});
