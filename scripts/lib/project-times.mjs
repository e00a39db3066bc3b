// Where `npm test`'s minutes go, by vitest project (scripts/test.mjs prints it last, before the
// Tests line). vitest's JSON report names no project and times only the tests of a file, so a
// reporter of ours (the default export, given to each lane's vitest) writes, beside the lane's JSON
// report, every file's project, test count and whole time: environment, setup, imports and tests.
import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

/** `test-artifacts/vitest.json` → `test-artifacts/vitest.projects.json`. */
export const projectTimesFile = (jsonReport) => jsonReport.replace(/\.json$/, ".projects.json");

/** One line a file: `{ project, file, tests, ms }`. */
export function fileTimes(testModules, root) {
  return testModules.map((m) => {
    const d = m.diagnostic();
    return {
      project: m.project.name,
      file: relative(root, m.moduleId),
      tests: [...m.children.allTests()].length,
      ms: Math.round(d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration + d.duration),
    };
  });
}

/** Per project, the most minutes first: `{ project, files, tests, minutes }`. */
export function projectMinutes(files) {
  const by = new Map();
  for (const f of files) {
    const p = by.get(f.project) ?? { project: f.project, files: 0, tests: 0, ms: 0 };
    p.files += 1;
    p.tests += f.tests;
    p.ms += f.ms;
    by.set(f.project, p);
  }
  return [...by.values()].sort((a, b) => b.ms - a.ms || a.project.localeCompare(b.project))
    .map(({ project, files: n, tests, ms }) => ({ project, files: n, tests, minutes: ms / 60_000 }));
}

/** The table, and the run's wall time: a project's files may run side by side, so its minutes can add up to more. */
export function minutesTable(rows, wallMs) {
  const lines = [["project", "files", "tests", "minutes"], ...rows.map((r) => [r.project, String(r.files), String(r.tests), r.minutes.toFixed(1)])];
  const total = rows.reduce((s, r) => s + r.minutes, 0);
  lines.push(["(all)", String(rows.reduce((s, r) => s + r.files, 0)), String(rows.reduce((s, r) => s + r.tests, 0)), total.toFixed(1)]);
  const width = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const out = lines.map((l) => l.map((cell, i) => (i === 0 ? cell.padEnd(width[i]) : cell.padStart(width[i]))).join("  "));
  return `Minutes by project (each file's own time, summed):\n${out.join("\n")}\nWall time of the run: ${(wallMs / 60_000).toFixed(1)} min`;
}

export default class ProjectTimesReporter {
  onInit(ctx) {
    this.ctx = ctx;
  }

  onTestRunEnd(testModules) {
    const json = this.ctx.config.outputFile?.json;
    if (!json) return; // only beside a JSON report, as scripts/test.mjs runs vitest
    writeFileSync(projectTimesFile(resolve(this.ctx.config.root, json)), JSON.stringify({ files: fileTimes(testModules, this.ctx.config.root) }));
  }
}
