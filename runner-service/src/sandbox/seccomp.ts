/**
 * The sandbox's seccomp filter: a raw BPF program built from `runner-service/seccomp/filter.c`
 * at setup (`seccomp/build.mjs`), read once at start-up and handed to every bwrap on a pipe
 * (`--seccomp <fd>`). Read once, so a file replaced while the runner runs cannot swap the
 * filter of later runs half-way.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where setup writes the filter in a checkout (git-ignored). The image sets RUNNER_SECCOMP_FILE. */
export const DEFAULT_SECCOMP_FILE = fileURLToPath(new URL("../../../.runner-cache/seccomp.bpf", import.meta.url));

/** One `struct sock_filter` is 8 bytes; the kernel takes at most 4096 instructions. */
const INSN_BYTES = 8;
const MAX_INSNS = 4096;

export type SeccompFilter = { filter: Buffer; problem: null } | { filter: null; problem: string };

export function loadSeccompFilter(path: string): SeccompFilter {
  let filter: Buffer;
  try {
    filter = readFileSync(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : `cannot be read (${(e as Error).message})`;
    return { filter: null, problem: `the seccomp filter ${path} ${why}: build it with \`node runner-service/seccomp/build.mjs\`` };
  }
  if (filter.length === 0 || filter.length % INSN_BYTES !== 0 || filter.length > MAX_INSNS * INSN_BYTES) {
    return { filter: null, problem: `the seccomp filter ${path} is not a BPF program (${filter.length} bytes)` };
  }
  return { filter, problem: null };
}
