/**
 * `npm test` runs the suite in phases of lanes, each lane naming its projects
 * (scripts/lib/test-phases.mjs): a project named in no lane would silently never run in CI.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: plain ESM module shared with scripts/test.mjs
import { TEST_PHASES } from "../../scripts/lib/test-phases.mjs";
import { ROOT } from "./tracked-files";

/** The project names of vitest.config.ts's project config files ("a.{ts,mts}": whichever exists). */
function projectNames(): string[] {
  const root = readFileSync(join(ROOT, "vitest.config.ts"), "utf8");
  const patterns = [...root.matchAll(/"([^"]*vitest[^"]*\.config[^"]*)"/g)].map((m) => m[1]);
  expect(patterns.length, "vitest.config.ts lists its projects").toBeGreaterThan(5);
  return patterns.map((pattern) => {
    const [, head, alts, tail] = pattern.match(/^(.*?)(?:\{([^}]+)\})?([^{}]*)$/)!;
    const file = (alts ? alts.split(",").map((a) => `${head}${a}${tail}`) : [pattern]).find((f) => existsSync(join(ROOT, f)));
    expect(file, `${pattern} exists`).toBeDefined();
    const name = readFileSync(join(ROOT, file!), "utf8").match(/\btest:\s*\{[\s\S]*?\bname:\s*"([^"]+)"/); // the project's, not a worker's
    expect(name, `${file} names its project`).not.toBeNull();
    return name![1];
  });
}

it("every vitest project runs in exactly one lane of npm test", () => {
  const laned = (TEST_PHASES as { projects: string[] }[][]).flat().flatMap((l) => l.projects);
  expect([...laned].sort()).toEqual(projectNames().sort());
  expect(new Set(laned).size).toBe(laned.length);
});
