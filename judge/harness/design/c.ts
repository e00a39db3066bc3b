/**
 * C design problems, LeetCode's way: `typedef struct { … } <Class>;`, `<class>Create(…)` returning
 * a pointer, `<class><Method>(<Class>* obj, …)` per method and `<class>Free(obj)` (names start with
 * the class's name in lower camel case: `lRUCacheGet`); then the harness body and a main() that
 * makes the test's calls in order and frees the object at the end.
 */
import type { DesignSignature, Param, ValueType } from "../../../contracts/problems";
import { capitalized, declarationLines, designCalls, lineDirected, type DesignCall, type DesignHarness } from "../common";
import { ARRAY, ARRAY2, callArgs as cCallArgs, C_SOLUTION_FILE, DEFAULT, paramDecl, READ, resultJson, returnType } from "../c";
import { HARNESS_SOURCES } from "../sources.generated";

/** `LRUCache` → `lRUCache`, the prefix of every function of the class. */
const prefix = (d: DesignSignature) => d.class.charAt(0).toLowerCase() + d.class.slice(1);

function functionName(d: DesignSignature, c: DesignCall): string {
  return `${prefix(d)}${c.isConstructor ? "Create" : capitalized(c.op)}`;
}

function declaration(d: DesignSignature, c: DesignCall): string {
  const ps = c.params.map((p: Param) => paramDecl(p.name, p.type));
  if (c.isConstructor) return `${d.class}* ${functionName(d, c)}(${ps.join(", ")})`;
  const returns = c.returns;
  if (returns !== "void" && ARRAY[returns]) ps.push("int* retSize");
  if (returns !== "void" && ARRAY2[returns]) ps.push("int* retSize", "int** retColSize");
  return `${returns === "void" ? "void" : returnType(returns)} ${functionName(d, c)}(${[`${d.class}* obj`, ...ps].join(", ")})`;
}

const freeDeclaration = (d: DesignSignature) => `void ${prefix(d)}Free(${d.class}* obj)`;

function callArgs(c: DesignCall, withObject: boolean): string {
  const args = cCallArgs(c.params, c.returns as ValueType | "void");
  return withObject ? ["duet_obj", args].filter((a) => a !== "").join(", ") : args;
}

/** One branch: read the call's arguments, make it, keep its result's JSON. */
function callBranch(d: DesignSignature, c: DesignCall): string {
  const reads = c.params.map((p, j) => `${j > 0 ? "duet_next(); " : ""}${READ[p.type](`duet_a${j}`)}`).join(" ");
  let make: string;
  if (c.isConstructor) make = `duet_obj = ${functionName(d, c)}(${callArgs(c, false)}); duet_out[k] = duet_null;`;
  else if (c.returns === "void") make = `${functionName(d, c)}(${callArgs(c, true)}); duet_out[k] = duet_null;`;
  else make = `int duet_rs = 0; int* duet_rcs = NULL; (void)duet_rs; (void)duet_rcs; ${returnType(c.returns)} duet_result = ${functionName(d, c)}(${callArgs(c, true)}); duet_out[k] = ${resultJson({ returns: c.returns, compare: "exact" })};`;
  return `if (strcmp(duet_op, "${c.op}") == 0) { ${reads} duet_next(); ${make} }`;
}

function main(d: DesignSignature): string {
  return `
int main(void) {
    duet_read_input();
    int duet_nops; char** duet_ops = duet_strs(&duet_nops);
    char** duet_out = (char**)malloc(sizeof(char*) * (size_t)(duet_nops > 0 ? duet_nops : 1));
    char duet_null[] = "null";
    ${d.class}* duet_obj = NULL;
    int duet_saved = duet_stdout_to_stderr();
    duet_next();
    for (int k = 0; k < duet_nops; k++) {
        if (k > 0) duet_next();
        duet_next();
        const char* duet_op = duet_ops[k];
        ${designCalls(d).map((c) => callBranch(d, c)).join("\n        else ")}
    }
    if (duet_obj) ${prefix(d)}Free(duet_obj);
    duet_restore_stdout(duet_saved);
    duet_print(duet_join(duet_out, duet_nops));
    return 0;
}
`;
}

export const cDesign: DesignHarness = {
  signature(d) {
    const lines = [`typedef struct { … } ${d.class};`, ...designCalls(d).map((c) => declaration(d, c)), freeDeclaration(d)];
    return { container: null, declaration: declarationLines(lines, null) };
  },
  starter(d) {
    const bodies = designCalls(d).map((c) => {
      let body: string;
      if (c.isConstructor) body = `    ${d.class}* obj = (${d.class}*)calloc(1, sizeof(${d.class}));\n    return obj;`;
      else if (c.returns === "void") body = "";
      else body = `    ${DEFAULT[c.returns].replaceAll("returnSize", "retSize").replaceAll("returnColumnSizes", "retColSize")}`;
      return `${declaration(d, c)} {\n${body ? `${body}\n` : ""}}\n`;
    });
    return `typedef struct {\n    int size; /* your fields */\n} ${d.class};\n\n${bodies.join("\n")}\n${freeDeclaration(d)} {\n    free(obj);\n}\n`;
  },
  files(d, code) {
    return lineDirected("c", C_SOLUTION_FILE, HARNESS_SOURCES.c, code, main(d));
  },
};
