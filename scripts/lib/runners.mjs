// Local runner processes on loopback: `npm start`'s (one, or a pool of RUNNER_POOL_SIZE) and the
// workers tests' pool (worker/test/pool/). Each runner gets its own data directory — its work
// directories and compile cache — since a runner empties its own at start.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startProcess } from "./processes.mjs";

/** The most local runners `npm start` runs: each takes all the cores it is given (RUNNER_CONCURRENCY defaults to them). */
const MAX_POOL_SIZE = 8;

/** RUNNER_POOL_SIZE as a number of runners: 1 when unset. */
export function poolSize(value) {
  if (value === undefined || value === "") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_POOL_SIZE) throw new Error(`RUNNER_POOL_SIZE must be a whole number from 1 to ${MAX_POOL_SIZE}, not "${value}"`);
  return n;
}

/** The data directory of the local runner on `port`. */
export function runnerDataDir(port) {
  return join(tmpdir(), `duet-runner-${process.getuid?.() ?? 0}-${port}`);
}

/** One runner on `host`:`port` (the secret's file in `env`: runner-service/launch/secret-file.mjs). */
export function startRunner(root, { port, host = "127.0.0.1", dataDir = runnerDataDir(port), env = {}, quiet = false, name = "runner" }) {
  return startProcess(name, "npx", ["tsx", join(root, "runner-service/src/main.ts")], {
    cwd: root,
    quiet,
    env: { ...env, RUNNER_HOST: host, RUNNER_PORT: String(port), RUNNER_DATA_DIR: dataDir },
  });
}
