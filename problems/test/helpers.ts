import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import type { JudgedLanguageId } from "../../contracts/languages";
import type { CompareMode, FunctionSignature, ValueType } from "../../contracts/problems";
import { starterCode, type ProblemRecord } from "../../judge/index";
import { loadProblems } from "../lib/load";
import type { RunnerTarget } from "../lib/runner";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function target(): RunnerTarget {
  return { url: inject("problemsRunnerUrl"), secret: inject("problemsRunnerSecret") };
}

let cached: Promise<ProblemRecord[]> | undefined;
export function problems(): Promise<ProblemRecord[]> {
  return (cached ??= loadProblems(ROOT));
}

export async function problem(slug: string): Promise<ProblemRecord> {
  const p = (await problems()).find((x) => x.slug === slug);
  if (!p) throw new Error(`no problem ${slug}`);
  return p;
}

export { allCases, exampleCases } from "../lib/prove";

/** `echo(x) → x` for a value type: what proves a harness reads and writes the type. */
export function echoSignature(type: ValueType, compare: CompareMode): FunctionSignature {
  return { function: "echo", params: [{ name: "x", type }], returns: type, compare };
}

/** The language's starter for an echo signature, returning its parameter. */
export function echoCode(sig: FunctionSignature, lang: JudgedLanguageId): string {
  const s = starterCode(sig)[lang];
  const t = sig.returns;
  switch (lang) {
    case "python":
    case "go":
      return s.replace(/return .*$/m, "return x");
    case "rust":
      return s.replace(/\{\n {8}.*\n {4}\}/, "{\n        x\n    }");
    case "c": {
      const body = t.endsWith("[][]")
        ? "*returnSize = xSize; *returnColumnSizes = xColSize; return x;"
        : t.endsWith("[]") ? "*returnSize = xSize; return x;" : "return x;";
      return s.replace(/\{\n[\s\S]*\}\n$/, `{\n    ${body}\n}\n`);
    }
    default:
      return s.replace(/ return [^;\n]*;/, " return x;");
  }
}
