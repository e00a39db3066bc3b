/** JavaScript and TypeScript design problems: the candidate's class, the harness, then one call of `__duetDesign`. */
import { LANGUAGES_BY_ID, type JudgedLanguageId } from "../../../contracts/languages";
import type { Param } from "../../../contracts/problems";
import { asLines, declarationLines, designCalls, type DesignCall, type DesignHarness } from "../common";
import { DEFAULT, TS_TYPE } from "../javascript";
import { HARNESS_SOURCES } from "../sources.generated";

function makeDesignHarness(language: Extract<JudgedLanguageId, "javascript" | "typescript">): DesignHarness {
  const typed = language === "typescript";
  const params = (ps: Param[]) => ps.map((p) => (typed ? `${p.name}: ${TS_TYPE[p.type]}` : p.name)).join(", ");
  const declaration = (c: DesignCall) => {
    const name = c.isConstructor ? "constructor" : c.op;
    const result = typed && !c.isConstructor ? `: ${c.returns === "void" ? "void" : TS_TYPE[c.returns]}` : "";
    return `${name}(${params(c.params)})${result}`;
  };
  const doc = (c: DesignCall) => {
    if (typed) return "";
    const lines = c.params.map((p) => `     * @param {${TS_TYPE[p.type]}} ${p.name}`);
    if (!c.isConstructor) lines.push(`     * @return {${c.returns === "void" ? "void" : TS_TYPE[c.returns]}}`);
    return lines.length ? `    /**\n${lines.join("\n")}\n     */\n` : "";
  };
  return {
    signature(d) {
      return { container: `class ${d.class}`, declaration: declarationLines(designCalls(d).map(declaration), "class") };
    },
    starter(d) {
      const bodies = designCalls(d).map((c) => {
        const body = c.returns === "void" ? "" : `        return ${DEFAULT[c.returns]};\n`;
        return `${doc(c)}    ${declaration(c)} {\n${body}    }\n`;
      });
      return `class ${d.class} {\n${bodies.join("\n")}}\n`;
    },
    files(d, code) {
      const methods = Object.fromEntries(d.methods.map((m) => [m.name, [m.params.map((p) => p.type), m.returns]]));
      const call = `__duetDesign(${d.class}, "${d.class}", ${JSON.stringify(d.init.map((p) => p.type))}, ${JSON.stringify(methods)});\n`;
      return [{ name: LANGUAGES_BY_ID[language].fileName, content: `${asLines(code)}${HARNESS_SOURCES.javascript.body}${call}` }];
    },
  };
}

export const javascriptDesign = makeDesignHarness("javascript");
export const typescriptDesign = makeDesignHarness("typescript");
