// `npm test`: installs what the tests need, lints (`npm run lint`), type-checks every TypeScript
// file (`npm run typecheck`) while the test projects run, and ends with one plain "N passed,
// N failed" line. Extra arguments go to vitest and skip the two checks, e.g.
// `npm test -- --project workers` (a filtered run is for iterating; CI runs the whole line).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, ROOT } from "./setup.mjs";

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
const report = join(ROOT, "test-artifacts", "vitest.json");
mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...vitestArgs];
const vitest = spawn("npx", args, { cwd: ROOT, stdio: "inherit" });
const vitestExit = new Promise((resolve) => vitest.on("exit", (code) => resolve(code ?? 1)));
// The type-check (~50 s of one core) runs beside the tests, which run one file at a time and leave
// the second core mostly idle. Its output is printed whole as soon as it ends, and a type error
// fails the run; the tests are not stopped for it (vitest, stopped by a signal, would leave the
// servers its global setups started running).
const typecheck = checks ? typecheckBesideTests() : Promise.resolve(true);
const [vitestCode, typesOk] = await Promise.all([vitestExit, typecheck]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
if (!typesOk) console.error("test: npm run typecheck failed (its output is above)");
process.exit(typesOk ? vitestCode : 1);

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
