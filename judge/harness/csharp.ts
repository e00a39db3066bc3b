/**
 * C# 7 (Mono 6.8 mcs): `public class Solution` with a public PascalCase method, LeetCode style.
 * Java's layout: main.cs = the harness's usings joined into one line that the candidate's first line
 * follows (the candidate's line n is line n of main.cs; a candidate's own usings may open its code),
 * the candidate's code, the harness body, and a generated `DuetMain`. The runner compiles with
 * -debug and runs with `mono --debug`, so an exception's trace names /box/main.cs's lines.
 */
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import type { FunctionSignature, ValueType } from "../../contracts/problems";
import { asLines, capitalized, sortDepth, type Harness } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const CS_TYPE: Record<ValueType, string> = {
  int: "int", long: "long", double: "double", bool: "bool", string: "string",
  "int[]": "int[]", "double[]": "double[]", "string[]": "string[]", "int[][]": "int[][]", "string[][]": "IList<IList<string>>",
  TreeNode: "TreeNode", ListNode: "ListNode",
};

export const CS_DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0L", double: "0.0", bool: "false", string: '""',
  "int[]": "new int[0]", "double[]": "new double[0]", "string[]": "new string[0]", "int[][]": "new int[0][]",
  "string[][]": "new List<IList<string>>()", TreeNode: "null", ListNode: "null",
};

export const CS_READ: Record<ValueType, string> = {
  int: "din.Int()", long: "din.Num()", double: "din.Dbl()", bool: "din.Bool()", string: "din.Str()",
  "int[]": "din.Ints()", "double[]": "din.Dbls()", "string[]": "din.Strs()", "int[][]": "din.Ints2()", "string[][]": "din.Strs2()",
  TreeNode: "din.Tree()", ListNode: "din.Lst()",
};

/** The harness's usings on one line, which the candidate's first line shares. */
export const USINGS = HARNESS_SOURCES.csharp.head.split("\n").filter((l) => l.startsWith("using ")).join(" ");

/** main.cs: the usings line, the candidate's code, the harness body, then the generated `DuetMain`. */
export function csharpFiles(code: string, main: string) {
  return [{ name: LANGUAGES_BY_ID.csharp.fileName, content: `${USINGS} ${asLines(code)}${HARNESS_SOURCES.csharp.body}${main}` }];
}

function resultJson(sig: FunctionSignature): string {
  const depth = sortDepth(sig);
  if (depth === 1) return "DuetOut.Sorted(DuetOut.Elems(result))";
  if (depth === 2) return "DuetOut.Sorted(DuetOut.Deep(result))";
  return "DuetOut.Json(result)";
}

/**
 * The delegate type of a method taking `params` and returning `returns`. The harness calls the
 * candidate's method through one: Mono's JIT inlines a small method into a lambda that calls it
 * directly, and its frame would then be missing from an exception's trace (a delegate call is
 * never inlined).
 */
export function delegateType(params: ValueType[], returns: ValueType | "void"): string {
  const types = params.map((t) => CS_TYPE[t]);
  if (returns === "void") return types.length ? `Action<${types.join(", ")}>` : "Action";
  return `Func<${[...types, CS_TYPE[returns]].join(", ")}>`;
}

function main(sig: FunctionSignature): string {
  const reads = sig.params.map((p, i) => `        ${CS_TYPE[p.type]} a${i} = ${CS_READ[p.type]};`).join("\n");
  const args = sig.params.map((_, i) => `a${i}`).join(", ");
  const method = delegateType(sig.params.map((p) => p.type), sig.returns);
  return `
static class DuetMain {
    static void Main() {
        DuetIn din = DuetIn.Stdin();
${reads}
        ${method} f = DuetRun.Call<${method}>(() => new Solution().${capitalized(sig.function)});
        ${CS_TYPE[sig.returns]} result = DuetRun.Call(() => f(${args}));
        DuetRun.Print(${resultJson(sig)});
    }
}
`;
}

export const csharp: Harness = {
  signature(sig) {
    const params = sig.params.map((p) => `${CS_TYPE[p.type]} ${p.name}`).join(", ");
    return { container: "public class Solution", declaration: `public ${CS_TYPE[sig.returns]} ${capitalized(sig.function)}(${params})` };
  },
  starter(sig) {
    const { container, declaration } = csharp.signature(sig);
    return `${container} {\n    ${declaration} {\n        return ${CS_DEFAULT[sig.returns]};\n    }\n}\n`;
  },
  files(sig, code) {
    return csharpFiles(code, main(sig));
  },
};
