// How launchers hand the runner its bearer secret: in a file only this user can read, named by
// RUNNER_SECRET_FILE. Never as RUNNER_SECRET in the runner's environment, which every process of
// the same uid can read in /proc/<pid>/environ for the runner's whole life (runner-service/README.md).
// Plain ESM: used by scripts/start.mjs, scripts/lib/product.mjs and the test setups.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Writes `secret` to `path` (default: a fresh private temp dir) with mode 0600 and returns the
 * environment entries for the runner process — RUNNER_SECRET set to undefined so that a value
 * inherited from the launcher's own environment is dropped — and `remove()`.
 */
export function writeRunnerSecret(secret, path) {
  const ownDir = path ? null : mkdtempSync(join(tmpdir(), "duet-runner-secret-"));
  const file = path ?? join(ownDir, "secret");
  mkdirSync(dirname(file), { recursive: true }); // the file is 0600; the dir may hold other, public files
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600); // the mode above only applies when the file is created
  return {
    path: file,
    env: { RUNNER_SECRET_FILE: file, RUNNER_SECRET: undefined },
    remove: () => rmSync(ownDir ?? file, { recursive: true, force: true }),
  };
}
