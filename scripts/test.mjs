// `npm test`: installs what the tests need, then runs every test project (workers, runner, node)
// and ends with one plain "N passed, N failed" line. Extra arguments go to vitest, e.g.
// `npm test -- --project workers`.
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
const report = join(ROOT, "test-artifacts", "vitest.json");
mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = spawnSync("npx", args, { cwd: ROOT, stdio: "inherit" });
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
process.exit(result.status ?? 1);
