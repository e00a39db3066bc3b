/** C# design problems: the candidate's `public class <Class>` (PascalCase methods), the harness body, then a `DuetMain` that makes the test's calls in order. */
import type { DesignSignature, Param } from "../../../contracts/problems";
import { capitalized, declarationLines, designCalls, type DesignCall, type DesignHarness } from "../common";
import { CS_DEFAULT, CS_READ, CS_TYPE, csharpFiles, delegateType } from "../csharp";

const params = (ps: Param[]) => ps.map((p) => `${CS_TYPE[p.type]} ${p.name}`).join(", ");

function declaration(d: DesignSignature, c: DesignCall): string {
  if (c.isConstructor) return `public ${d.class}(${params(c.params)})`;
  return `public ${c.returns === "void" ? "void" : CS_TYPE[c.returns]} ${capitalized(c.op)}(${params(c.params)})`;
}

/** One `case`: read the call's arguments, make it, add its result. */
function callCase(d: DesignSignature, c: DesignCall): string {
  const reads = c.params.map((p, j) => `${j > 0 ? "din.Expect(','); " : ""}${CS_TYPE[p.type]} a${j} = ${CS_READ[p.type]};`).join(" ");
  const args = c.params.map((_, j) => `a${j}`).join(", ");
  // The method as a delegate (see delegateType): its frame stays in an exception's trace.
  const method = `${delegateType(c.params.map((p) => p.type), c.returns)} f = obj.${capitalized(c.op)};`;
  let make: string;
  if (c.isConstructor) make = `obj = DuetRun.Call(() => new ${d.class}(${args})); out_.Add("null");`;
  else if (c.returns === "void") make = `${method} DuetRun.Do(() => f(${args})); out_.Add("null");`;
  else make = `${method} ${CS_TYPE[c.returns]} r = DuetRun.Call(() => f(${args})); out_.Add(DuetOut.Json(r));`;
  return `                case "${c.op}": { ${reads} din.Expect(']'); ${make} break; }`;
}

function main(d: DesignSignature): string {
  return `
static class DuetMain {
    static void Main() {
        DuetIn din = DuetIn.Stdin();
        string[] ops = din.Strs();
        var out_ = new List<string>();
        ${d.class} obj = null;
        din.Expect('[');
        for (int k = 0; k < ops.Length; k++) {
            if (k > 0) din.Expect(',');
            din.Expect('[');
            switch (ops[k]) {
${designCalls(d).map((c) => callCase(d, c)).join("\n")}
                default: throw new InvalidOperationException("duet: no method " + ops[k]);
            }
        }
        DuetRun.Print(DuetOut.Join(out_));
    }
}
`;
}

export const csharpDesign: DesignHarness = {
  signature(d) {
    return { container: `public class ${d.class}`, declaration: declarationLines(designCalls(d).map((c) => declaration(d, c)), "class") };
  },
  starter(d) {
    const bodies = designCalls(d).map((c) => `    ${declaration(d, c)} {\n${c.returns === "void" ? "" : `        return ${CS_DEFAULT[c.returns]};\n`}    }\n`);
    return `public class ${d.class} {\n${bodies.join("\n")}}\n`;
  },
  files(d, code) {
    return csharpFiles(code, main(d));
  },
};
