/**
 * Rust 1.63: `impl Solution` with an associated function, LeetCode style. Rust has no line
 * directive but takes items in any order, so main.rs = the candidate's code, then the harness, then
 * a generated main(): the candidate's line n is line n of main.rs, in errors and panics alike.
 */
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import type { FunctionSignature, ValueType } from "../../contracts/problems";
import { asLines, NEEDS_TREE, snake, sortDepth, type Harness } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const RS_TYPE: Record<ValueType, string> = {
  int: "i32", long: "i64", double: "f64", bool: "bool", string: "String",
  "int[]": "Vec<i32>", "double[]": "Vec<f64>", "string[]": "Vec<String>", "int[][]": "Vec<Vec<i32>>", "string[][]": "Vec<Vec<String>>",
  TreeNode: "Option<Rc<RefCell<TreeNode>>>", ListNode: "Option<Box<ListNode>>",
};

export const DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0", double: "0.0", bool: "false", string: "String::new()",
  "int[]": "vec![]", "double[]": "vec![]", "string[]": "vec![]", "int[][]": "vec![]", "string[][]": "vec![]",
  TreeNode: "None", ListNode: "None",
};

export const READ: Record<ValueType, string> = {
  int: "inp.num() as i32", long: "inp.num()", double: "inp.dbl()", bool: "inp.boolean()", string: "inp.str()",
  "int[]": "inp.ints()", "double[]": "inp.dbls()", "string[]": "inp.strs()", "int[][]": "inp.ints2()", "string[][]": "inp.strs2()",
  TreeNode: "inp.tree()", ListNode: "inp.lst()",
};

function resultJson(sig: FunctionSignature): string {
  const depth = sortDepth(sig);
  if (depth === 1) return "duet_driver::sorted(duet_driver::elems(&result))";
  if (depth === 2) return "duet_driver::sorted(duet_driver::deep(&result))";
  return "duet_driver::json(&result)";
}

function main(sig: FunctionSignature): string {
  const reads = sig.params.map((p, i) => `    let a${i} = ${READ[p.type]};`).join("\n");
  const args = sig.params.map((_, i) => `a${i}`).join(", ");
  return `
fn main() {
    let mut inp = duet_driver::In::stdin();
${reads}
    let result = duet_driver::call(|| Solution::${snake(sig.function)}(${args}));
    duet_driver::print(&${resultJson(sig)});
}
`;
}

export const rust: Harness = {
  signature(sig) {
    const params = sig.params.map((p) => `${snake(p.name)}: ${RS_TYPE[p.type]}`).join(", ");
    return { container: "impl Solution", declaration: `pub fn ${snake(sig.function)}(${params}) -> ${RS_TYPE[sig.returns]}` };
  },
  starter(sig) {
    const uses = NEEDS_TREE(sig) ? "use std::rc::Rc;\nuse std::cell::RefCell;\n\n" : "";
    const { container, declaration } = rust.signature(sig);
    return `${uses}${container} {\n    ${declaration} {\n        ${DEFAULT[sig.returns]}\n    }\n}\n`;
  },
  files(sig, code) {
    return [{ name: LANGUAGES_BY_ID.rust.fileName, content: `${asLines(code)}${HARNESS_SOURCES.rust.body}${main(sig)}` }];
  },
};
