/**
 * Turn what happened to a sandboxed process into a status. Pure, so each rule has a test.
 *
 * bwrap reports a program killed by signal N as exit code 128+N (it cannot re-raise the
 * signal), so codes 129..159 read as signals. Order matters: our own kills (OL, TO) first,
 * then the cgroup's OOM count (ML), then CPU rlimit, then signals, then the exit code.
 */
import { constants } from "node:os";
import { LANGUAGE_DECLARATIONS } from "../../../contracts/languages.js";
import type { RunStatus } from "../../../contracts/runner.js";
import type { ExecResult } from "./execute.js";

export interface Classified {
  status: RunStatus;
  exitCode: number | null;
  signal: string | null;
}

/** Number → name, first name wins (SIGABRT over its alias SIGIOT, SIGIO over SIGPOLL). */
const SIGNAL_NAMES = new Map<number, string>();
for (const [name, n] of Object.entries(constants.signals)) if (!SIGNAL_NAMES.has(n)) SIGNAL_NAMES.set(n, name);

/**
 * What runtimes print when they fail on their own heap limit (`{heapMb}`) before the cgroup has to
 * kill them, every language's (`toolchain.outOfMemory` in contracts/languages.ts).
 */
const RUNTIME_OOM = LANGUAGE_DECLARATIONS.flatMap((l) => l.toolchain.outOfMemory);

export function classify(r: ExecResult): Classified {
  if (r.internalError) return { status: "XX", exitCode: null, signal: null };
  const signalNo = r.exitCode !== null && r.exitCode > 128 && r.exitCode < 128 + 32 ? r.exitCode - 128 : null;
  const signal = signalNo ? (SIGNAL_NAMES.get(signalNo) ?? `SIG${signalNo}`) : null;
  const exitCode = signalNo ? null : r.exitCode;
  if (r.killedFor === "OL") return { status: "OL", exitCode, signal };
  if (r.killedFor === "TO" || signal === "SIGXCPU") return { status: "TO", exitCode, signal };
  if (r.killedFor === "cancel") return { status: "SG", exitCode, signal: "SIGKILL" };
  const failed = r.exitCode !== 0;
  if (failed && (r.oomKills > 0 || RUNTIME_OOM.some((re) => re.test(r.stderrTail)))) return { status: "ML", exitCode, signal };
  if (signal) return { status: "SG", exitCode, signal };
  if (failed) return { status: "RE", exitCode, signal };
  return { status: "OK", exitCode: 0, signal: null };
}
