/**
 * C17, LeetCode's conventions: an array parameter is a pointer plus `<name>Size` (2-D: also
 * `int* <name>ColSize`); an array result is returned as a pointer with its length written to
 * `int* returnSize` (2-D: also `int** returnColumnSizes`); strings are NUL-terminated `char*`.
 *
 * main.c = harness head, `#line 1 "solution.c"`, the candidate's code, `#line <n> "main.c"`, the
 * harness body, a generated main(). The line directives make gcc name the candidate's lines as
 * solution.c:<n> (and the harness's by their real place in main.c); solution.c, a copy of the
 * candidate's code beside it that nothing compiles, is where gcc reads the lines it quotes.
 */
import type { FunctionSignature, ValueType } from "../../contracts/problems";
import { lineDirected, sortDepth, type Harness } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const SCALAR: Partial<Record<ValueType, string>> = {
  int: "int", long: "long long", double: "double", bool: "bool", string: "char*",
  TreeNode: "struct TreeNode*", ListNode: "struct ListNode*",
};
export const ARRAY: Partial<Record<ValueType, string>> = { "int[]": "int*", "double[]": "double*", "string[]": "char**" };
export const ARRAY2: Partial<Record<ValueType, string>> = { "int[][]": "int**", "string[][]": "char***" };

export function paramDecl(name: string, t: ValueType): string {
  if (SCALAR[t]) return `${SCALAR[t]} ${name}`;
  if (ARRAY[t]) return `${ARRAY[t]} ${name}, int ${name}Size`;
  return `${ARRAY2[t]} ${name}, int ${name}Size, int* ${name}ColSize`;
}

export function returnType(t: ValueType): string {
  return SCALAR[t] ?? ARRAY[t] ?? ARRAY2[t]!;
}

function signatureLine(sig: FunctionSignature): string {
  const params = sig.params.map((p) => paramDecl(p.name, p.type));
  if (ARRAY[sig.returns]) params.push("int* returnSize");
  if (ARRAY2[sig.returns]) params.push("int* returnSize", "int** returnColumnSizes");
  return `${returnType(sig.returns)} ${sig.function}(${params.join(", ")})`;
}

export const DEFAULT: Record<ValueType, string> = {
  int: "return 0;", long: "return 0;", double: "return 0.0;", bool: "return false;", string: 'return "";',
  "int[]": "*returnSize = 0;\n    return NULL;", "double[]": "*returnSize = 0;\n    return NULL;", "string[]": "*returnSize = 0;\n    return NULL;",
  "int[][]": "*returnSize = 0;\n    *returnColumnSizes = NULL;\n    return NULL;",
  "string[][]": "*returnSize = 0;\n    *returnColumnSizes = NULL;\n    return NULL;",
  TreeNode: "return NULL;", ListNode: "return NULL;",
};

export const READ: Record<ValueType, (v: string) => string> = {
  int: (v) => `int ${v} = (int)duet_num();`,
  long: (v) => `long long ${v} = duet_num();`,
  double: (v) => `double ${v} = duet_dbl();`,
  bool: (v) => `bool ${v} = duet_bool();`,
  string: (v) => `char* ${v} = duet_str();`,
  "int[]": (v) => `int ${v}Size; int* ${v} = duet_ints(&${v}Size);`,
  "double[]": (v) => `int ${v}Size; double* ${v} = duet_dbls(&${v}Size);`,
  "string[]": (v) => `int ${v}Size; char** ${v} = duet_strs(&${v}Size);`,
  "int[][]": (v) => `int ${v}Size; int* ${v}ColSize; int** ${v} = duet_ints2(&${v}Size, &${v}ColSize);`,
  "string[][]": (v) => `int ${v}Size; int* ${v}ColSize; char*** ${v} = duet_strs2(&${v}Size, &${v}ColSize);`,
  TreeNode: (v) => `struct TreeNode* ${v} = duet_tree();`,
  ListNode: (v) => `struct ListNode* ${v} = duet_list();`,
};

/** C for the canonical JSON of the result (`duet_result`, its sizes `duet_rs`, `duet_rcs`). */
export function resultJson(sig: Pick<FunctionSignature, "returns" | "compare">): string {
  const depth = sortDepth(sig);
  const outer = depth >= 1 ? "duet_sorted" : "duet_join";
  switch (sig.returns) {
    case "int": case "long": return "duet_j_int(duet_result)";
    case "double": return "duet_j_dbl(duet_result)";
    case "bool": return "duet_j_bool(duet_result)";
    case "string": return "duet_j_str(duet_result)";
    case "TreeNode": return "duet_j_tree(duet_result)";
    case "ListNode": return "duet_j_list(duet_result)";
    case "int[]": return `${outer}(duet_e_ints(duet_result, duet_rs), duet_rs)`;
    case "double[]": return `${outer}(duet_e_dbls(duet_result, duet_rs), duet_rs)`;
    case "string[]": return `${outer}(duet_e_strs(duet_result, duet_rs), duet_rs)`;
    case "int[][]": return `${outer}(duet_rows_ints(duet_result, duet_rs, duet_rcs, ${depth === 2}), duet_rs)`;
    case "string[][]": return `${outer}(duet_rows_strs(duet_result, duet_rs, duet_rcs, ${depth === 2}), duet_rs)`;
  }
}

/** A call's arguments in LeetCode's C convention: arrays with their sizes, array results through size pointers. */
export function callArgs(params: readonly { type: ValueType }[], returns: ValueType | "void"): string {
  const args = params.flatMap((p, i) => {
    const v = `duet_a${i}`;
    if (ARRAY[p.type]) return [v, `${v}Size`];
    if (ARRAY2[p.type]) return [v, `${v}Size`, `${v}ColSize`];
    return [v];
  });
  if (returns !== "void" && ARRAY[returns]) args.push("&duet_rs");
  if (returns !== "void" && ARRAY2[returns]) args.push("&duet_rs", "&duet_rcs");
  return args.join(", ");
}

function main(sig: FunctionSignature): string {
  const reads = sig.params.map((p, i) => `    ${READ[p.type](`duet_a${i}`)}`).join("\n");
  return `
int main(void) {
    duet_read_input();
${reads}
    int duet_rs = 0; int* duet_rcs = NULL; (void)duet_rs; (void)duet_rcs;
    int duet_saved = duet_stdout_to_stderr();
    ${returnType(sig.returns)} duet_result = ${sig.function}(${callArgs(sig.params, sig.returns)});
    duet_restore_stdout(duet_saved);
    duet_print(${resultJson(sig)});
    return 0;
}
`;
}

/** The candidate's file as gcc names it in diagnostics. */
export const C_SOLUTION_FILE = "solution.c";

export const c: Harness = {
  signature: (sig) => ({ container: null, declaration: signatureLine(sig) }),
  starter(sig) {
    const note = ARRAY[sig.returns]
      ? "/**\n * Note: the returned array must be malloced; its length goes to *returnSize.\n */\n"
      : ARRAY2[sig.returns]
        ? "/**\n * Return an array of *returnSize arrays; their lengths go to *returnColumnSizes (malloced).\n */\n"
        : "";
    return `${note}${signatureLine(sig)} {\n    ${DEFAULT[sig.returns]}\n}\n`;
  },
  files(sig, code) {
    return lineDirected("c", C_SOLUTION_FILE, HARNESS_SOURCES.c, code, main(sig));
  },
};
