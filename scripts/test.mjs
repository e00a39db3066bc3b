// `npm test`: installs what the tests need, type-checks every TypeScript file (`npm run
// typecheck`), lints (`npm run lint`), then runs every test project and ends with one plain
// "N passed, N failed" line. Extra arguments go to vitest and skip the two checks, e.g.
// `npm test -- --project workers` (a filtered run is for iterating; CI runs the whole line).
import { spawnSync } from "node:child_process";
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
if (vitestArgs.length === 0) {
  for (const check of ["typecheck", "lint"]) {
    const started = Date.now();
    console.log(`test: npm run ${check}`);
    const r = spawnSync("npm", ["run", "--silent", check], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) {
      console.error(`test: npm run ${check} failed; no tests were run`);
      process.exit(r.status ?? 1);
    }
    console.log(`test: ${check} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
const report = join(ROOT, "test-artifacts", "vitest.json");
mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...vitestArgs];
const result = spawnSync("npx", args, { cwd: ROOT, stdio: "inherit" });
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
process.exit(result.status ?? 1);
