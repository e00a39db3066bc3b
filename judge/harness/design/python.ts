/** Python design problems: the candidate's class as written, then one call of the harness's `design` (judge/harness/python/harness.py). */
import { LANGUAGES_BY_ID } from "../../../contracts/languages";
import type { Param } from "../../../contracts/problems";
import { asLines, declarationLines, designCalls, type DesignCall, type DesignHarness } from "../common";
import { PY_DEFAULT, PY_TYPE, PYTHON_HARNESS_FILE } from "../python";
import { HARNESS_SOURCES } from "../sources.generated";

const params = (ps: Param[]) => ["self", ...ps.map((p) => `${p.name}: ${PY_TYPE[p.type]}`)].join(", ");

function declaration(c: DesignCall): string {
  if (c.isConstructor) return `def __init__(${params(c.params)})`;
  return `def ${c.op}(${params(c.params)}) -> ${c.returns === "void" ? "None" : PY_TYPE[c.returns]}`;
}

export const pythonDesign: DesignHarness = {
  signature(d) {
    return { container: `class ${d.class}`, declaration: declarationLines(designCalls(d).map(declaration), "class") };
  },
  starter(d) {
    const bodies = designCalls(d).map((c) => `    ${declaration(c)}:\n        ${c.returns === "void" ? "pass" : `return ${PY_DEFAULT[c.returns]}`}\n`);
    return `class ${d.class}:\n\n${bodies.join("\n")}`;
  },
  files(d, code) {
    const methods = Object.fromEntries(d.methods.map((m) => [m.name, [m.params.map((p) => p.type), m.returns]]));
    const call = `\nimport sitecustomize as _duet\n_duet.design(globals(), "${d.class}", ${JSON.stringify(d.init.map((p) => p.type))}, ${JSON.stringify(methods)})\n`;
    return [
      { name: LANGUAGES_BY_ID.python.fileName, content: asLines(code) + call },
      { name: PYTHON_HARNESS_FILE, content: HARNESS_SOURCES.python.body },
    ];
  },
};
