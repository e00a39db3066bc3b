/** C++ design problems: the candidate's class (under its line directive), the harness body, then a main() that makes the test's calls in order. */
import type { DesignSignature, Param } from "../../../contracts/problems";
import { declarationLines, designCalls, lineDirected, type DesignCall, type DesignHarness } from "../common";
import { ARG_TYPE, CPP_SOLUTION_FILE, DEFAULT, READ, RET_TYPE } from "../cpp";
import { HARNESS_SOURCES } from "../sources.generated";

const params = (ps: Param[]) => ps.map((p) => `${ARG_TYPE[p.type]} ${p.name}`).join(", ");

function declaration(d: DesignSignature, c: DesignCall): string {
  if (c.isConstructor) return `${d.class}(${params(c.params)})`;
  return `${c.returns === "void" ? "void" : RET_TYPE(c.returns)} ${c.op}(${params(c.params)})`;
}

/** One branch: read the call's arguments, make it, add its result. */
function callBranch(d: DesignSignature, c: DesignCall): string {
  const reads = c.params.map((p, j) => `${j > 0 ? "in.next(); " : ""}${RET_TYPE(p.type)} a${j} = ${READ[p.type]};`).join(" ");
  const args = c.params.map((_, j) => `a${j}`).join(", ");
  let make: string;
  if (c.isConstructor) make = `duet_obj = new ${d.class}(${args}); duet_out.push_back("null");`;
  else if (c.returns === "void") make = `duet_obj->${c.op}(${args}); duet_out.push_back("null");`;
  else make = `${RET_TYPE(c.returns)} result = duet_obj->${c.op}(${args}); duet_out.push_back(duet::json(result));`;
  return `if (duet_op == "${c.op}") { ${reads} in.next(); ${make} }`;
}

function main(d: DesignSignature): string {
  return `
int main() {
    std::string duet_input = duet::read_input();
    duet::In in{duet_input};
    std::vector<std::string> duet_ops = in.strs();
    std::vector<std::string> duet_out;
    ${d.class}* duet_obj = nullptr;
    int duet_saved = duet::stdout_to_stderr();
    in.next();
    for (size_t k = 0; k < duet_ops.size(); k++) {
        if (k > 0) in.next();
        in.next();
        const std::string& duet_op = duet_ops[k];
        ${designCalls(d).map((c) => callBranch(d, c)).join("\n        else ")}
    }
    duet::restore_stdout(duet_saved);
    duet::print(duet::join(duet_out));
    return 0;
}
`;
}

export const cppDesign: DesignHarness = {
  signature(d) {
    return { container: `class ${d.class}`, declaration: declarationLines(designCalls(d).map((c) => declaration(d, c)), "class") };
  },
  starter(d) {
    const bodies = designCalls(d).map((c) => `    ${declaration(d, c)} {\n${c.returns === "void" ? "" : `        return ${DEFAULT[c.returns]};\n`}    }\n`);
    return `class ${d.class} {\npublic:\n${bodies.join("\n")}};\n`;
  },
  files(d, code) {
    return lineDirected("cpp", CPP_SOLUTION_FILE, HARNESS_SOURCES.cpp, code, main(d));
  },
};
