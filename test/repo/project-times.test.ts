/**
 * `npm test`'s minutes by project (scripts/lib/project-times.mjs): the reporter's lines from
 * vitest's test modules, their sum per project, and the table scripts/test.mjs prints last.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM module shared with scripts/test.mjs
import ProjectTimesReporter, { fileTimes, minutesTable, projectMinutes, projectTimesFile } from "../../scripts/lib/project-times.mjs";

type FileTime = { project: string; file: string; tests: number; ms: number };
const FIXTURE: FileTime[] = JSON.parse(readFileSync(join(__dirname, "fixtures/vitest.projects.json"), "utf8")).files;

/** What vitest hands a reporter, as far as the reporter reads it. */
function testModule(project: string, moduleId: string, tests: number, times: Partial<Record<string, number>>) {
  const d = { environmentSetupDuration: 0, prepareDuration: 0, setupDuration: 0, collectDuration: 0, duration: 0, ...times };
  return { project: { name: project }, moduleId, diagnostic: () => d, children: { *allTests() { for (let i = 0; i < tests; i++) yield {}; } } };
}

describe("minutes by project", () => {
  it("a file's time is all of it: environment, setup, imports and tests", () => {
    const modules = [
      testModule("workers", "/repo/worker/test/a.test.ts", 3, { environmentSetupDuration: 100, prepareDuration: 200, setupDuration: 3000, collectDuration: 400, duration: 1000.4 }),
      testModule("web", "/repo/web/src/b.test.ts", 0, {}),
    ];
    expect(fileTimes(modules, "/repo")).toEqual([
      { project: "workers", file: "worker/test/a.test.ts", tests: 3, ms: 4700 },
      { project: "web", file: "web/src/b.test.ts", tests: 0, ms: 0 },
    ]);
  });

  it("sums each project's files, the most minutes first, ties by name", () => {
    expect(projectMinutes(FIXTURE)).toEqual([
      { project: "e2e", files: 1, tests: 6, minutes: 1.5 },
      { project: "workers", files: 2, tests: 84, minutes: 0.7 },
      { project: "repo", files: 1, tests: 1, minutes: 0.01 },
      { project: "web", files: 1, tests: 2, minutes: 0.01 },
    ]);
    expect(projectMinutes([])).toEqual([]);
  });

  it("prints a table with the totals and the run's wall time", () => {
    expect(minutesTable(projectMinutes(FIXTURE), 38.25 * 60_000)).toBe(
      [
        "Minutes by project (each file's own time, summed):",
        "project  files  tests  minutes",
        "e2e          1      6      1.5",
        "workers      2     84      0.7",
        "repo         1      1      0.0",
        "web          1      2      0.0",
        "(all)        5     93      2.2",
        "Wall time of the run: 38.3 min",
      ].join("\n"),
    );
  });

  it("the reporter writes its lines beside the lane's JSON report, and nothing without one", () => {
    const dir = mkdtempSync(join(tmpdir(), "project-times-"));
    const report = join(dir, "vitest.json");
    expect(projectTimesFile(report)).toBe(join(dir, "vitest.projects.json"));
    const reporter = new ProjectTimesReporter();
    reporter.onInit({ config: { root: "/repo", outputFile: { json: report } } });
    reporter.onTestRunEnd([testModule("repo", "/repo/test/repo/x.test.ts", 2, { duration: 50 })]);
    expect(JSON.parse(readFileSync(projectTimesFile(report), "utf8"))).toEqual({ files: [{ project: "repo", file: "test/repo/x.test.ts", tests: 2, ms: 50 }] });
    const bare = new ProjectTimesReporter();
    bare.onInit({ config: { root: "/repo" } });
    expect(() => bare.onTestRunEnd([])).not.toThrow();
  });
});
