// `npm test`: installs what the tests need, lints (`npm run lint`), type-checks every TypeScript
// file (`npm run typecheck`) while the test projects run, and ends with one plain "N passed,
// N failed" line. Extra arguments go to vitest and skip the two checks, e.g.
// `npm test -- --project workers` (a filtered run is for iterating; CI runs the whole line).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { setup, ROOT } from "./setup.mjs";
import { TEST_PHASES } from "./lib/test-phases.mjs";
import { minutesTable, projectMinutes, projectTimesFile } from "./lib/project-times.mjs";

// The budget CI is held to is the whole run's, installs and lint included.
const runStarted = Date.now();
try {
  setup();
} catch (e) {
  console.error(`test: ${e.message}`);
  process.exit(1);
}
const vitestArgs = process.argv.slice(2);
const checks = vitestArgs.length === 0;
if (checks) {
  const started = Date.now();
  console.log("test: npm run lint");
  const r = spawnSync("npm", ["run", "--silent", "lint"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("test: npm run lint failed; no tests were run");
    process.exit(r.status ?? 1);
  }
  console.log(`test: lint passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
// The whole suite in phases of lanes (scripts/lib/test-phases.mjs, where the why is); a filtered
// run (extra arguments) is one vitest, as asked.
const phases = checks
  ? TEST_PHASES.map((lanes) => lanes.map((l) => [l.name, l.projects.map((p) => `--project=${p}`), l.report]))
  : [[["", vitestArgs, "vitest.json"]]];
// The type-check (~50 s of one core) runs beside the tests. Its output is printed whole as soon as
// it ends, and a type error fails the run; the tests are not stopped for it (vitest, stopped by a
// signal, would leave the servers its global setups started running).
const typecheck = checks ? typecheckBesideTests() : Promise.resolve(true);
const lanes = [];
const codes = [];
for (const phase of phases) {
  const started = phase.map(([name, args, report]) => lane(name, args, report));
  lanes.push(...started);
  codes.push(...(await Promise.all(started.map((l) => l.exit))));
}
const typesOk = await typecheck;
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const l of lanes) {
  if (!existsSync(l.report)) continue;
  const r = JSON.parse(readFileSync(l.report, "utf8"));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}
const times = lanes.map((l) => projectTimesFile(l.report)).filter((f) => existsSync(f));
const files = times.flatMap((f) => JSON.parse(readFileSync(f, "utf8")).files);
if (files.length > 0) console.log(`\n${minutesTable(projectMinutes(files), Date.now() - runStarted)}`);
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
for (const [i, l] of lanes.entries()) if (codes[i] !== 0) console.error(`test: the ${l.name || "main"} lane failed (vitest exit ${codes[i]}); its failures are listed above${l.name ? `, its lines marked "${l.name} |"` : ""}`);
if (!typesOk) console.error("test: npm run typecheck failed (its output is above)");
process.exit(!typesOk ? 1 : codes.find((c) => c !== 0) ?? 0);

/** One vitest process; a named lane's lines are marked with its name, whole lines at a time. */
function lane(name, args, reportFile) {
  const report = join(ROOT, "test-artifacts", reportFile);
  rmSync(report, { force: true }); // a lane that dies before its report must not count an old one
  rmSync(projectTimesFile(report), { force: true });
  const all = ["vitest", "run", "--reporter=default", "--reporter=json", "--reporter=./scripts/lib/project-times.mjs", `--outputFile.json=${report}`, ...args];
  const child = spawn("npx", all, { cwd: ROOT, stdio: name ? ["ignore", "pipe", "pipe"] : "inherit" });
  if (name) {
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      let rest = "";
      from.setEncoding("utf8");
      from.on("data", (d) => {
        const lines = (rest + d).split("\n");
        rest = lines.pop();
        if (lines.length > 0) to.write(lines.map((line) => `${name} | ${line}\n`).join(""));
      });
      from.on("end", () => rest && to.write(`${name} | ${rest}\n`));
    }
  }
  return { name, report, exit: new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1))) };
}

/** `npm run typecheck` in the background; resolves whether it passed. */
function typecheckBesideTests() {
  const started = Date.now();
  console.log("test: npm run typecheck (beside the tests)");
  const child = spawn("npm", ["run", "--silent", "typecheck"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`test: typecheck passed in ${seconds} s`);
        return resolve(true);
      }
      console.error(`${output}\ntest: npm run typecheck failed after ${seconds} s; this run fails whatever the tests say`);
      resolve(false);
    });
  });
}
