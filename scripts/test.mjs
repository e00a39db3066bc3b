// `npm test`: installs what the tests need, then runs every test project (workers, runner, node).
// Extra arguments go to vitest, e.g. `npm test -- --project workers`.
import { spawnSync } from "node:child_process";
import { setup, ROOT } from "./setup.mjs";

try {
  setup();
} catch (e) {
  console.error(`test: ${e.message}`);
  process.exit(1);
}
const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { cwd: ROOT, stdio: "inherit" });
process.exit(result.status ?? 1);
