/**
 * Python 3: `class Solution` with a method, LeetCode style. main.py = the candidate's code as
 * written, then one call into the harness, which is shipped as sitecustomize.py: Python imports it
 * first (the run step puts /box on PYTHONPATH), so it can provide the usual names as builtins
 * without a line above the candidate's code. See judge/harness/python/harness.py.
 */
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import type { ValueType } from "../../contracts/problems";
import { asLines, sortDepth, type Harness } from "./common";
import { HARNESS_SOURCES } from "./sources.generated";

export const PY_TYPE: Record<ValueType, string> = {
  int: "int", long: "int", double: "float", bool: "bool", string: "str",
  "int[]": "List[int]", "double[]": "List[float]", "string[]": "List[str]",
  "int[][]": "List[List[int]]", "string[][]": "List[List[str]]",
  TreeNode: "Optional[TreeNode]", ListNode: "Optional[ListNode]",
};

export const PY_DEFAULT: Record<ValueType, string> = {
  int: "0", long: "0", double: "0.0", bool: "False", string: '""',
  "int[]": "[]", "double[]": "[]", "string[]": "[]", "int[][]": "[]", "string[][]": "[]",
  TreeNode: "None", ListNode: "None",
};

/** The module name Python imports by itself at start-up, from PYTHONPATH. */
export const PYTHON_HARNESS_FILE = "sitecustomize.py";

export const python: Harness = {
  signature(sig) {
    const params = sig.params.map((p) => `${p.name}: ${PY_TYPE[p.type]}`).join(", ");
    return { container: "class Solution", declaration: `def ${sig.function}(self, ${params}) -> ${PY_TYPE[sig.returns]}` };
  },
  starter(sig) {
    const { container, declaration } = python.signature(sig);
    return `${container}:\n    ${declaration}:\n        return ${PY_DEFAULT[sig.returns]}\n`;
  },
  files(sig, code) {
    const params = JSON.stringify(sig.params.map((p) => p.type));
    // The module's names, not `Solution`: code without that class is told so, not a NameError in this line.
    const call = `\nimport sitecustomize as _duet\n_duet.main(globals(), "${sig.function}", ${params}, "${sig.returns}", ${sortDepth(sig)})\n`;
    return [
      { name: LANGUAGES_BY_ID.python.fileName, content: asLines(code) + call },
      { name: PYTHON_HARNESS_FILE, content: HARNESS_SOURCES.python.body },
    ];
  },
};
