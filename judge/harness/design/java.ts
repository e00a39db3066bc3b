/** Java design problems: the candidate's class, the harness body, then a `Main` that makes the test's calls in order. */
import { LANGUAGES_BY_ID } from "../../../contracts/languages";
import type { DesignSignature, Param } from "../../../contracts/problems";
import { asLines, declarationLines, designCalls, type DesignCall, type DesignHarness } from "../common";
import { DEFAULT, IMPORTS, J_TYPE, READ } from "../java";
import { HARNESS_SOURCES } from "../sources.generated";

const params = (ps: Param[]) => ps.map((p) => `${J_TYPE[p.type]} ${p.name}`).join(", ");

function declaration(d: DesignSignature, c: DesignCall): string {
  if (c.isConstructor) return `public ${d.class}(${params(c.params)})`;
  return `public ${c.returns === "void" ? "void" : J_TYPE[c.returns]} ${c.op}(${params(c.params)})`;
}

/** One `case`: read the call's arguments, make it, add its result. */
function callCase(d: DesignSignature, c: DesignCall): string {
  const reads = c.params.map((p, j) => `${j > 0 ? "in.expect(','); " : ""}${J_TYPE[p.type]} a${j} = ${READ[p.type]};`).join(" ");
  const args = c.params.map((_, j) => `a${j}`).join(", ");
  let make: string;
  if (c.isConstructor) make = `obj = DuetRun.call(() -> new ${d.class}(${args})); out.add("null");`;
  else if (c.returns === "void") make = `final ${d.class} o = obj; DuetRun.call(() -> { o.${c.op}(${args}); return null; }); out.add("null");`;
  else make = `final ${d.class} o = obj; ${J_TYPE[c.returns]} r = DuetRun.call(() -> o.${c.op}(${args})); out.add(DuetOut.json(r));`;
  return `                case "${c.op}": { ${reads} in.expect(']'); ${make} break; }`;
}

function main(d: DesignSignature): string {
  return `
public class Main {
    public static void main(String[] args) throws IOException {
        DuetIn in = DuetIn.stdin();
        String[] ops = in.strs();
        List<String> out = new ArrayList<>();
        ${d.class} obj = null;
        in.expect('[');
        for (int k = 0; k < ops.length; k++) {
            if (k > 0) in.expect(',');
            in.expect('[');
            switch (ops[k]) {
${designCalls(d).map((c) => callCase(d, c)).join("\n")}
                default: throw new IllegalStateException("duet: no method " + ops[k]);
            }
        }
        DuetRun.print(DuetOut.join(out.stream()));
    }
}
`;
}

export const javaDesign: DesignHarness = {
  signature(d) {
    return { container: `class ${d.class}`, declaration: declarationLines(designCalls(d).map((c) => declaration(d, c)), "class") };
  },
  starter(d) {
    const bodies = designCalls(d).map((c) => `    ${declaration(d, c)} {\n${c.returns === "void" ? "" : `        return ${DEFAULT[c.returns]};\n`}    }\n`);
    return `class ${d.class} {\n${bodies.join("\n")}}\n`;
  },
  files(d, code) {
    return [{ name: LANGUAGES_BY_ID.java.fileName, content: `${IMPORTS} ${asLines(code)}${HARNESS_SOURCES.java.body}${main(d)}` }];
  },
};
