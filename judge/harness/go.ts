/**
 * Go 1.19: a plain function, LeetCode style. main.go = harness head (package, aliased imports),
 * `//line solution.go:1:1`, the candidate's code, `//line main.go:<n>:1`, the harness body, a
 * generated main(): the compiler and a panic's trace name the candidate's lines as solution.go:<n>.
 */
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import type { FunctionSignature, ValueType } from "../../contracts/problems";
import { asLines, lineCount, sortDepth, type Harness, type SourceFile } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const GO_TYPE: Record<ValueType, string> = {
  int: "int", long: "int64", double: "float64", bool: "bool", string: "string",
  "int[]": "[]int", "double[]": "[]float64", "string[]": "[]string", "int[][]": "[][]int", "string[][]": "[][]string",
  TreeNode: "*TreeNode", ListNode: "*ListNode",
};

export const DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0", double: "0", bool: "false", string: '""',
  "int[]": "nil", "double[]": "nil", "string[]": "nil", "int[][]": "nil", "string[][]": "nil",
  TreeNode: "nil", ListNode: "nil",
};

export const READ: Record<ValueType, string> = {
  int: "int(in.num())", long: "in.num()", double: "in.dbl()", bool: "in.boolean()", string: "in.str()",
  "int[]": "in.ints()", "double[]": "in.dbls()", "string[]": "in.strs()", "int[][]": "in.ints2()", "string[][]": "in.strs2()",
  TreeNode: "in.tree()", ListNode: "in.lst()",
};

export const WRITE: Record<ValueType, string> = {
  int: "duetInt(int64(result))", long: "duetInt(int64(result))", double: "duetDbl(result)", bool: "duetBool(result)", string: "duetStr(result)",
  "int[]": "duetJoin(duetInts(result))", "double[]": "duetJoin(duetDbls(result))", "string[]": "duetJoin(duetStrs(result))",
  "int[][]": "duetJoin(duetInts2(result))", "string[][]": "duetJoin(duetStrs2(result))",
  TreeNode: "duetTree(result)", ListNode: "duetList(result)",
};

function resultJson(sig: FunctionSignature): string {
  const depth = sortDepth(sig);
  if (depth === 1) return WRITE[sig.returns].replace("duetJoin(", "duetSorted(");
  if (depth === 2) return sig.returns === "int[][]" ? "duetDeepInts(result)" : "duetDeepStrs(result)";
  return WRITE[sig.returns];
}

function main(sig: FunctionSignature): string {
  const reads = sig.params.map((p, i) => `\ta${i} := ${READ[p.type]}`).join("\n");
  const args = sig.params.map((_, i) => `a${i}`).join(", ");
  return `
func main() {
	in := duetInput()
${reads}
	result := duetCall(func() ${GO_TYPE[sig.returns]} { return ${sig.function}(${args}) })
	duetos.Stdout.WriteString(${resultJson(sig)} + "\\n")
}
`;
}

/** The candidate's file as the compiler and panics name it. */
export const GO_SOLUTION_FILE = "solution.go";

/** main.go: the harness head, the candidate's code under its //line directive, the harness body, then `main`. */
export function goFiles(code: string, main: string): SourceFile[] {
  const entry = LANGUAGES_BY_ID.go.fileName;
  const { head, body } = HARNESS_SOURCES.go;
  const before = `${head}//line ${GO_SOLUTION_FILE}:1:1\n`;
  const candidate = asLines(code);
  // A //line comment numbers the line after it.
  const resume = lineCount(before) + lineCount(candidate) + 2;
  return [{ name: entry, content: `${before}${candidate}//line ${entry}:${resume}:1\n${body}${main}` }];
}

export const go: Harness = {
  signature(sig) {
    const params = sig.params.map((p) => `${p.name} ${GO_TYPE[p.type]}`).join(", ");
    return { container: null, declaration: `func ${sig.function}(${params}) ${GO_TYPE[sig.returns]}` };
  },
  starter(sig) {
    return `${go.signature(sig).declaration} {\n\treturn ${DEFAULT[sig.returns]}\n}\n`;
  },
  files(sig, code) {
    return goFiles(code, main(sig));
  },
};
