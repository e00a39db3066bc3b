/**
 * Every value type through every language's harness and back: a generated `echo(x) → x` per
 * return type, on tricky values (bounds, escapes, empty arrays, sparse trees). This is what
 * proves each language's typed reader and canonical writer (and the unordered sort) agree with
 * the judge's encoding — independently of any problem's reference solutions.
 */
import { describe, expect, it } from "vitest";
import { JUDGED_LANGUAGE_IDS } from "../../contracts/languages";
import type { CompareMode, ValueType } from "../../contracts/problems";
import { encodeInput, encodeResult, type JudgeCase } from "../../judge/index";
import { judge } from "../lib/runner";
import { echoCode, echoSignature, target } from "./helpers";

const VALUES: [ValueType, CompareMode, unknown[]][] = [
  ["int", "exact", [0, -2147483648, 2147483647]],
  ["long", "exact", [9007199254740991, -9007199254740991, 0]],
  ["double", "exact", [0.1, -1.5e-7, 123456.789, 0]],
  ["bool", "exact", [true, false]],
  ["string", "exact", ["", 'say "hi" \\ back/slash', "~!@#$%^&*()_+{}|:<>?`-=[];',./ "]],
  ["int[]", "unordered", [[], [3, -1, 2, 10], [7]]],
  ["double[]", "exact", [[], [1.5, -2.25, 1e-9]]],
  ["string[]", "unordered", [[], ["b", "", "a b", '"q"']]],
  ["int[][]", "exact", [[], [[]], [[1, 2], [3], [-4, 5, 6]]]],
  ["int[][]", "unordered-deep", [[[3, 1, 2], [0]], [[2, 1], [1, 2]]]],
  ["string[][]", "unordered-deep", [[], [[]], [["eat", "ate"], ["x"]]]],
  ["TreeNode", "exact", [[], [1], [1, null, 2], [1, 2, 3, null, 4, null, 5], [5, 4, 7, 3, null, 2, null, -1, null, 9]]],
  ["ListNode", "exact", [[], [1], [1, -2, 3]]],
];

describe.concurrent("harness round trip", () => {
  for (const [type, compare, values] of VALUES) {
    const sig = echoSignature(type, compare);
    const cases: JudgeCase[] = values.map((v) => ({ kind: "hidden", input: encodeInput(sig, { x: v }), expected: encodeResult(sig, v) + "\n" }));
    for (const lang of JUDGED_LANGUAGE_IDS) {
      it(`${type} (${compare}) in ${lang}`, async () => {
        const r = await judge(target(), { slug: "echo", signature: sig, timeLimitMs: 1000 }, lang, echoCode(sig, lang), cases, "run");
        expect(r.message ?? "", JSON.stringify(r.tests.filter((t) => t.verdict !== "AC"))).toBe("");
        expect(r.verdict).toBe("AC");
      });
    }
  }
});
