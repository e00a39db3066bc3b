/**
 * Make the host able to run the suite: as root on Debian/Ubuntu, install bubblewrap and the
 * missing toolchains (idempotent, a no-op when all are present) and build the seccomp filter;
 * otherwise the script prints the exact command and the unavailable languages' tests are skipped.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error: plain ESM build step shared with scripts/setup.mjs
import { ensureSeccompFilter } from "../seccomp/build.mjs";
import { removeTree } from "../src/core/process-dirs.js";

export default function setup(): () => void {
  const script = fileURLToPath(new URL("../../scripts/install-toolchains.sh", import.meta.url));
  const r = spawnSync("bash", [script], { stdio: "inherit" });
  if (r.status !== 0 && process.getuid?.() === 0) throw new Error("scripts/install-toolchains.sh failed");
  // The sandbox's seccomp filter (.runner-cache/seccomp.bpf); as root (CI) it must build.
  const seccomp = ensureSeccompFilter();
  if (seccomp.problem && process.getuid?.() === 0) throw new Error(seccomp.problem);
  if (seccomp.problem) console.warn(`runner tests: ${seccomp.problem}; the seccomp tests are skipped`);
  // One scratch dir per test run for the cores' data dirs (workers inherit the env), removed at the end.
  const dir = mkdtempSync(join(tmpdir(), "duet-runner-tests-"));
  chmodSync(dir, 0o711);
  process.env.DUET_RUNNER_TEST_DIR = dir;
  // The in-process cores' run_started/run_finished lines would bury the report; runner processes get their own env.
  process.env.RUNNER_LOG_LEVEL ??= "warn";
  return () => removeTree(dir);
}
