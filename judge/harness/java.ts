/**
 * Java 17: `class Solution` with a public method, LeetCode style. Java has no line directive, so
 * Main.java = the harness's imports joined into one line that the candidate's first line follows
 * (the candidate's line n is line n of Main.java), the candidate's code, the harness body, and a
 * generated `public class Main`.
 */
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import type { FunctionSignature, ValueType } from "../../contracts/problems";
import { asLines, sortDepth, type Harness } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const J_TYPE: Record<ValueType, string> = {
  int: "int", long: "long", double: "double", bool: "boolean", string: "String",
  "int[]": "int[]", "double[]": "double[]", "string[]": "String[]", "int[][]": "int[][]", "string[][]": "List<List<String>>",
  TreeNode: "TreeNode", ListNode: "ListNode",
};

export const DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0L", double: "0.0", bool: "false", string: '""',
  "int[]": "new int[0]", "double[]": "new double[0]", "string[]": "new String[0]", "int[][]": "new int[0][]",
  "string[][]": "new ArrayList<>()", TreeNode: "null", ListNode: "null",
};

export const READ: Record<ValueType, string> = {
  int: "(int) in.num()", long: "in.num()", double: "in.dbl()", bool: "in.bool()", string: "in.str()",
  "int[]": "in.ints()", "double[]": "in.dbls()", "string[]": "in.strs()", "int[][]": "in.ints2()", "string[][]": "in.strs2()",
  TreeNode: "in.tree()", ListNode: "in.lst()",
};

/** The harness's imports on one line, which the candidate's first line shares. */
export const IMPORTS = HARNESS_SOURCES.java.head.split("\n").filter((l) => l.startsWith("import ")).join(" ");

function resultJson(sig: FunctionSignature): string {
  const depth = sortDepth(sig);
  if (depth === 1) return "DuetOut.sorted(DuetOut.elems(result))";
  if (depth === 2) return "DuetOut.sorted(DuetOut.deep(result))";
  return "DuetOut.json(result)";
}

function main(sig: FunctionSignature): string {
  const reads = sig.params.map((p, i) => `        ${J_TYPE[p.type]} a${i} = ${READ[p.type]};`).join("\n");
  const args = sig.params.map((_, i) => `a${i}`).join(", ");
  return `
public class Main {
    public static void main(String[] args) throws IOException {
        DuetIn in = DuetIn.stdin();
${reads}
        ${J_TYPE[sig.returns]} result = DuetRun.call(() -> new Solution().${sig.function}(${args}));
        DuetRun.print(${resultJson(sig)});
    }
}
`;
}

export const java: Harness = {
  signature(sig) {
    const params = sig.params.map((p) => `${J_TYPE[p.type]} ${p.name}`).join(", ");
    return { container: "class Solution", declaration: `public ${J_TYPE[sig.returns]} ${sig.function}(${params})` };
  },
  starter(sig) {
    const { container, declaration } = java.signature(sig);
    return `${container} {\n    ${declaration} {\n        return ${DEFAULT[sig.returns]};\n    }\n}\n`;
  },
  files(sig, code) {
    return [{ name: LANGUAGES_BY_ID.java.fileName, content: `${IMPORTS} ${asLines(code)}${HARNESS_SOURCES.java.body}${main(sig)}` }];
  },
};
