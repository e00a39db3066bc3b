/**
 * C++20: `class Solution` with a public method, LeetCode style. main.cpp = harness head,
 * `#line 1 "solution.cpp"`, the candidate's code, `#line <n> "main.cpp"`, the harness body, a
 * generated main() (see lineDirected in common.ts for why the candidate's code is also solution.cpp).
 */
import type { FunctionSignature, ValueType } from "../../contracts/problems";
import { lineDirected, sortDepth, type Harness } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const ARG_TYPE: Record<ValueType, string> = {
  int: "int", long: "long long", double: "double", bool: "bool", string: "string",
  "int[]": "vector<int>&", "double[]": "vector<double>&", "string[]": "vector<string>&",
  "int[][]": "vector<vector<int>>&", "string[][]": "vector<vector<string>>&",
  TreeNode: "TreeNode*", ListNode: "ListNode*",
};
export const RET_TYPE = (t: ValueType) => ARG_TYPE[t].replace("&", "");

export const DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0", double: "0.0", bool: "false", string: '""',
  "int[]": "{}", "double[]": "{}", "string[]": "{}", "int[][]": "{}", "string[][]": "{}",
  TreeNode: "nullptr", ListNode: "nullptr",
};

export const READ: Record<ValueType, string> = {
  int: "(int)in.num()", long: "in.num()", double: "in.dbl()", bool: "in.boolean()", string: "in.str()",
  "int[]": "in.ints()", "double[]": "in.dbls()", "string[]": "in.strs()", "int[][]": "in.ints2()", "string[][]": "in.strs2()",
  TreeNode: "in.tree()", ListNode: "in.lst()",
};

function resultJson(sig: FunctionSignature): string {
  const depth = sortDepth(sig);
  if (depth === 1) return "duet::sorted(duet::elems(result))";
  if (depth === 2) return "duet::sorted(duet::deep(result))";
  return "duet::json(result)";
}

function main(sig: FunctionSignature): string {
  const reads = sig.params.map((p, i) => `    ${RET_TYPE(p.type)} a${i} = ${READ[p.type]};`).join("\n");
  const args = sig.params.map((_, i) => `a${i}`).join(", ");
  return `
int main() {
    std::string duet_input = duet::read_input();
    duet::In in{duet_input};
${reads}
    int duet_saved = duet::stdout_to_stderr();
    ${RET_TYPE(sig.returns)} result = Solution().${sig.function}(${args});
    duet::restore_stdout(duet_saved);
    duet::print(${resultJson(sig)});
    return 0;
}
`;
}

/** The candidate's file as g++ names it in diagnostics. */
export const CPP_SOLUTION_FILE = "solution.cpp";

export const cpp: Harness = {
  signature(sig) {
    const params = sig.params.map((p) => `${ARG_TYPE[p.type]} ${p.name}`).join(", ");
    return { container: "class Solution", declaration: `${RET_TYPE(sig.returns)} ${sig.function}(${params})` };
  },
  starter(sig) {
    const { container, declaration } = cpp.signature(sig);
    return `${container} {\npublic:\n    ${declaration} {\n        return ${DEFAULT[sig.returns]};\n    }\n};\n`;
  },
  files(sig, code) {
    return lineDirected("cpp", CPP_SOLUTION_FILE, HARNESS_SOURCES.cpp, code, main(sig));
  },
};
