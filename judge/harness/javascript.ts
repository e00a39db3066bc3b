/**
 * JavaScript and TypeScript: a plain function, LeetCode style. main.js / main.ts = the candidate's
 * code, then the harness (plain JavaScript, which esbuild takes as TypeScript), then one call of
 * __duetMain: the candidate's line n is line n of the file (TypeScript's traces come back to it
 * through esbuild's source map). See judge/harness/javascript/harness.js.
 */
import { LANGUAGES_BY_ID, type JudgedLanguageId } from "../../contracts/languages";
import type { ValueType } from "../../contracts/problems";
import { asLines, sortDepth, type Harness } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const TS_TYPE: Record<ValueType, string> = {
  int: "number", long: "number", double: "number", bool: "boolean", string: "string",
  "int[]": "number[]", "double[]": "number[]", "string[]": "string[]", "int[][]": "number[][]", "string[][]": "string[][]",
  TreeNode: "TreeNode | null", ListNode: "ListNode | null",
};

export const DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0", double: "0", bool: "false", string: '""',
  "int[]": "[]", "double[]": "[]", "string[]": "[]", "int[][]": "[]", "string[][]": "[]",
  TreeNode: "null", ListNode: "null",
};

function makeHarness(language: Extract<JudgedLanguageId, "javascript" | "typescript">): Harness {
  return {
    signature(sig) {
      if (language === "javascript") return { container: null, declaration: `function ${sig.function}(${sig.params.map((p) => p.name).join(", ")})` };
      const params = sig.params.map((p) => `${p.name}: ${TS_TYPE[p.type]}`).join(", ");
      return { container: null, declaration: `function ${sig.function}(${params}): ${TS_TYPE[sig.returns]}` };
    },
    starter(sig) {
      if (language === "javascript") {
        const doc = sig.params.map((p) => ` * @param {${TS_TYPE[p.type]}} ${p.name}`).join("\n");
        return `/**\n${doc}\n * @return {${TS_TYPE[sig.returns]}}\n */\nfunction ${sig.function}(${sig.params.map((p) => p.name).join(", ")}) {\n    return ${DEFAULT[sig.returns]};\n}\n`;
      }
      const params = sig.params.map((p) => `${p.name}: ${TS_TYPE[p.type]}`).join(", ");
      return `function ${sig.function}(${params}): ${TS_TYPE[sig.returns]} {\n    return ${DEFAULT[sig.returns]};\n}\n`;
    },
    files(sig, code) {
      const params = JSON.stringify(sig.params.map((p) => p.type));
      const call = `__duetMain(${sig.function}, ${params}, "${sig.returns}", ${sortDepth(sig)});\n`;
      return [{ name: LANGUAGES_BY_ID[language].fileName, content: `${asLines(code)}${HARNESS_SOURCES.javascript.body}${call}` }];
    },
  };
}

export const javascript = makeHarness("javascript");
export const typescript = makeHarness("typescript");
