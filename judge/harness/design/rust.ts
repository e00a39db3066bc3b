/**
 * Rust design problems, LeetCode's way: `struct <Class>` with `fn new(…) -> Self` and methods on
 * `&mut self` (or `&self`: the harness calls them on a mutable binding either way); then the
 * harness and a main() that makes the test's calls in order.
 */
import { LANGUAGES_BY_ID } from "../../../contracts/languages";
import type { DesignSignature, Param } from "../../../contracts/problems";
import { asLines, declarationLines, DESIGN_NEEDS_TREE, designCalls, snake, type DesignCall, type DesignHarness } from "../common";
import { DEFAULT, READ, RS_TYPE } from "../rust";
import { HARNESS_SOURCES } from "../sources.generated";

const params = (ps: Param[]) => ps.map((p) => `${snake(p.name)}: ${RS_TYPE[p.type]}`).join(", ");

function declaration(c: DesignCall): string {
  if (c.isConstructor) return `fn new(${params(c.params)}) -> Self`;
  const self = ["&mut self", ...(c.params.length ? [params(c.params)] : [])].join(", ");
  return `fn ${snake(c.op)}(${self})${c.returns === "void" ? "" : ` -> ${RS_TYPE[c.returns]}`}`;
}

/** One match arm: read the call's arguments, make it, add its result. */
function callArm(d: DesignSignature, c: DesignCall): string {
  const reads = c.params.map((p, j) => `${j > 0 ? "inp.expect(b','); " : ""}let a${j} = ${READ[p.type]};`).join(" ");
  const args = c.params.map((_, j) => `a${j}`).join(", ");
  let make: string;
  if (c.isConstructor) make = `obj = Some(duet_driver::call(|| ${d.class}::new(${args}))); out.push("null".to_string());`;
  else if (c.returns === "void") make = `let o = obj.as_mut().expect("duet: no object"); duet_driver::call(|| o.${snake(c.op)}(${args})); out.push("null".to_string());`;
  else make = `let o = obj.as_mut().expect("duet: no object"); let result = duet_driver::call(|| o.${snake(c.op)}(${args})); out.push(duet_driver::json(&result));`;
  return `            "${c.op}" => { ${reads} inp.expect(b']'); ${make} }`;
}

function main(d: DesignSignature): string {
  return `
fn main() {
    let mut inp = duet_driver::In::stdin();
    let ops = inp.strs();
    let mut out: Vec<String> = Vec::with_capacity(ops.len());
    let mut obj: Option<${d.class}> = None;
    inp.expect(b'[');
    for (k, op) in ops.iter().enumerate() {
        if k > 0 { inp.expect(b','); }
        inp.expect(b'[');
        match op.as_str() {
${designCalls(d).map((c) => callArm(d, c)).join("\n")}
            _ => panic!("duet: no method {}", op),
        }
    }
    duet_driver::print(&duet_driver::join(&out));
}
`;
}

export const rustDesign: DesignHarness = {
  signature(d) {
    return { container: `impl ${d.class}`, declaration: declarationLines(designCalls(d).map(declaration), "impl") };
  },
  starter(d) {
    const uses = DESIGN_NEEDS_TREE(d) ? "use std::rc::Rc;\nuse std::cell::RefCell;\n\n" : "";
    const bodies = designCalls(d).map((c) => {
      const ret = c.isConstructor ? `        ${d.class} {}\n` : c.returns === "void" ? "" : `        ${DEFAULT[c.returns]}\n`;
      return `    ${declaration(c)} {\n${ret}    }\n`;
    });
    return `${uses}struct ${d.class} {\n}\n\nimpl ${d.class} {\n${bodies.join("\n")}}\n`;
  },
  files(d, code) {
    return [{ name: LANGUAGES_BY_ID.rust.fileName, content: `${asLines(code)}${HARNESS_SOURCES.rust.body}${main(d)}` }];
  },
};
