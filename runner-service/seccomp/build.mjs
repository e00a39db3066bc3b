// Builds the sandbox's seccomp filter: compiles filter.c against libseccomp and runs it to
// export the BPF program into the git-ignored `.runner-cache/seccomp.bpf`, which the runner
// hands to `bwrap --seccomp`. Rebuilt only when an input changed (filter.c, this file, the
// libseccomp header), so setup can call it every time. Plain ESM: setup runs before tsx exists.
//
//   node runner-service/seccomp/build.mjs [outFile]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(HERE, "filter.c");
const HEADER = "/usr/include/seccomp.h";
export const DEFAULT_SECCOMP_FILE = join(HERE, "../../.runner-cache/seccomp.bpf");

/**
 * Makes sure `out` holds the filter built from the current sources. Returns `{ path, built }`,
 * or `{ path, problem }` when it cannot be built here (no gcc or libseccomp-dev: run
 * scripts/install-toolchains.sh). Never leaves a half-written filter behind.
 */
export function ensureSeccompFilter(out = DEFAULT_SECCOMP_FILE) {
  const stampFile = `${out}.sha256`;
  let stamp;
  try {
    stamp = inputsHash();
  } catch (e) {
    return { path: out, problem: `cannot read the filter's inputs (${e.message}); install libseccomp-dev: bash scripts/install-toolchains.sh` };
  }
  if (existsSync(out) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return { path: out, built: false };
  const dir = dirname(out);
  // 0755/0644: a runner started as an unprivileged user must read the filter too.
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const exe = join(dir, "seccomp-filter");
  const partial = `${out}.partial`;
  try {
    execFileSync("gcc", ["-O2", "-Wall", "-Wextra", "-Werror", "-o", exe, SOURCE, "-lseccomp"], { stdio: ["ignore", "pipe", "pipe"] });
    execFileSync(exe, [partial], { stdio: ["ignore", "pipe", "pipe"] });
    chmodSync(partial, 0o644);
    renameSync(partial, out);
    writeFileSync(stampFile, stamp, { mode: 0o644 });
    return { path: out, built: true };
  } catch (e) {
    rmSync(partial, { force: true });
    const detail = String(e.stderr ?? e.message).trim().split("\n").slice(-3).join(" ");
    return { path: out, problem: `building the seccomp filter failed: ${detail}` };
  } finally {
    rmSync(exe, { force: true });
  }
}

function inputsHash() {
  const h = createHash("sha256");
  for (const f of [SOURCE, fileURLToPath(import.meta.url), HEADER]) h.update(readFileSync(f));
  return h.digest("hex");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = ensureSeccompFilter(process.argv[2] || DEFAULT_SECCOMP_FILE);
  if (r.problem) {
    console.error(`seccomp: ${r.problem}`);
    process.exit(1);
  }
  console.log(`seccomp: ${r.built ? "built" : "up to date"}: ${r.path}`);
}
