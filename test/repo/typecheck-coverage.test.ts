/**
 * `npm run typecheck` checks every TypeScript file in the repository: each tracked `.ts`, `.tsx`
 * and `.mts` file belongs to at least one of the tsconfigs that script passes to `tsc -p`.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT, trackedFiles } from "./tracked-files";

/** The tsconfig paths `npm run typecheck` hands to tsc, in order. */
function typecheckProjects(script: string): string[] {
  return [...script.matchAll(/\btsc\s+(?:--?\w+\s+)*-p\s+(\S+)/g)].map((m) => m[1]);
}

/** The repo-relative files a tsconfig's include/exclude/files select (what `tsc -p` checks). */
function filesOf(project: string): Set<string> {
  const path = join(ROOT, project);
  const read = ts.readConfigFile(path, ts.sys.readFile);
  if (read.error) throw new Error(`${project}: ${ts.flattenDiagnosticMessageText(read.error.messageText, "\n")}`);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(path));
  return new Set(parsed.fileNames.map((f) => relative(ROOT, f)));
}

describe("type-check coverage", () => {
  const script = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.typecheck;
  const projects = typecheckProjects(script);

  it("npm run typecheck runs tsc on the root, web and judge projects", () => {
    expect(projects).toEqual(expect.arrayContaining(["tsconfig.json", "web/tsconfig.json", "judge/tsconfig.json"]));
  });

  it("every tracked .ts/.tsx/.mts file is in a project npm run typecheck checks", () => {
    const covered = new Set(projects.flatMap((p) => [...filesOf(p)]));
    // Reference and known-wrong solutions are candidates' programs, in one global scope each with the
    // harness's TreeNode/ListNode around them: the problem CI compiles and runs every one of them.
    const candidatePrograms = /^problems\/[^/]+\/(solution\.ts|wrong\/[^/]+\.ts)$/;
    const sources = trackedFiles(/\.(ts|tsx|mts)$/).filter((f) => !f.includes("node_modules/") && !candidatePrograms.test(f));
    expect(sources.length).toBeGreaterThan(300);
    expect(sources.filter((f) => !covered.has(f))).toEqual([]);
  });

  it("reads the projects out of the script the way it runs them", () => {
    expect(typecheckProjects("tsc -p a.json && tsc --noEmit -p web/b.json && node x.mjs && tsc -p c/tsconfig.json")).toEqual(["a.json", "web/b.json", "c/tsconfig.json"]);
  });
});
