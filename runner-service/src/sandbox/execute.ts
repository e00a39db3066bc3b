/**
 * Run one process in a fresh sandbox and watch it: cgroup attached before the program
 * exists, stdin fed, output counted (OL past the cap), CPU and wall clocks (TO), and the whole
 * tree killed at the end. Returns raw facts; `classify` turns them into a status.
 */
import { spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import type { LogIds } from "../../../contracts/log.js";
import { log } from "../log.js";
import { BLOCK_FD, INFO_FD, SECCOMP_FD, bwrapArgs, type SandboxSpec } from "./bwrap-args.js";
import type { Cgroups, RunCgroup } from "./cgroup.js";
import type { Host } from "./host.js";

export type Stream = "stdout" | "stderr";

export interface ExecOptions {
  spec: SandboxSpec;
  /** Unique per process; names its cgroup. */
  name: string;
  stdin?: string;
  onOutput?: (stream: Stream, chunk: Buffer) => void;
  /** Keep up to this many bytes of stdout in the result (tests compare it). */
  captureStdout?: number;
  signal?: AbortSignal;
  /** The run's ids, for the log lines about this process. */
  ids?: LogIds;
}

export interface ExecResult {
  exitCode: number | null;
  killedFor: "OL" | "TO" | "cancel" | null;
  timeMs: number;
  wallMs: number;
  memoryKb: number;
  oomKills: number;
  outputBytes: number;
  stdout: Buffer;
  /** The last few KiB of stderr: runtime OOM messages and sandbox setup errors live there. */
  stderrTail: string;
  /** Set when the sandbox itself could not be set up (an XX, not the program's fault). */
  internalError?: string;
}

const POLL_MS = 50;
const STDERR_TAIL = 4096;

export function execute(host: Host, cgroups: Cgroups, opts: ExecOptions): Promise<ExecResult> {
  const { spec } = opts;
  const started = performance.now();
  let cg: RunCgroup | undefined;
  try {
    cg = cgroups.hierarchy?.create(opts.name, { memoryBytes: spec.limits.memoryMb * 1024 * 1024, pids: spec.limits.pids });
  } catch (e) {
    return Promise.resolve(failed(`cannot create cgroup: ${(e as Error).message}`, started));
  }
  const child = spawn(host.bwrap!, bwrapArgs(spec, host.layout), {
    stdio: ["pipe", "pipe", "pipe", "pipe", "pipe", host.seccomp ? "pipe" : "ignore"],
    env: { PATH: "/usr/bin:/bin" } as unknown as NodeJS.ProcessEnv, // bwrap itself needs nothing from ours
    ...(host.spawnAs ?? {}),
  });
  const info = child.stdio[INFO_FD] as Readable;
  const block = child.stdio[BLOCK_FD] as Writable;
  let sandboxPid = 0;
  let exited = false;
  let killedFor: ExecResult["killedFor"] = null;
  let internalError: string | undefined;
  let outputBytes = 0;
  const stdoutChunks: Buffer[] = [];
  let captured = 0;
  let stderrTail = "";

  let deferredKill: NodeJS.Timeout | undefined;
  const kill = (reason: NonNullable<ExecResult["killedFor"]> | null) => {
    if (reason && !killedFor) killedFor = reason;
    // Before bwrap has reported its sandbox pid, killing bwrap alone would orphan a sandbox init
    // that is blocked on --block-fd and holds our pipes open: this execute would never end and
    // its queue slot would leak. Wait (briefly) for the pid, then kill both.
    if (!sandboxPid && !exited && !internalError) {
      deferredKill ??= setTimeout(() => { if (!exited) child.kill("SIGKILL"); }, 2000);
      return;
    }
    // SIGKILL to the sandbox's pid 1 tears down its whole pid namespace; the cgroup sweep
    // catches anything that raced; killing bwrap fires --die-with-parent as a last resort.
    // Once bwrap has exited it has reaped pid 1, so that pid may be reused: leave it alone.
    if (sandboxPid && !exited) safeKill(sandboxPid);
    cg?.killAll();
    if (!exited) child.kill("SIGKILL");
  };

  let infoText = "";
  info.on("data", (d: Buffer) => {
    infoText += d;
    if (sandboxPid) return;
    try {
      sandboxPid = Number(JSON.parse(infoText)["child-pid"]);
    } catch {
      return; // partial JSON: wait for more
    }
    if (deferredKill) {
      clearTimeout(deferredKill);
      kill(null); // a kill came in while bwrap was starting: never unblock it
      return;
    }
    // Async: a cgroup migration waits for an RCU grace period (often ~10 ms), which must not
    // stall the event loop and every other run's output with it.
    (cg ? cg.attach(sandboxPid) : Promise.resolve()).then(
      () => block.end("go"),
      (e: Error) => {
        // ESRCH here usually means bwrap died setting up (its message is on stderr, added at close).
        internalError = `cannot attach to cgroup: ${e.message}`;
        kill(null);
      },
    );
  });
  info.on("error", () => {});
  block.on("error", () => {});
  if (host.seccomp) {
    // A couple of KiB: fits the pipe buffer, so bwrap reads it whenever it gets to it.
    const seccompPipe = (child.stdio as unknown[])[SECCOMP_FD] as Writable;
    seccompPipe.on("error", () => {});
    seccompPipe.end(host.seccomp);
  }
  child.stdin!.on("error", () => {}); // EPIPE when the program exits without reading stdin
  child.stdin!.end(opts.stdin ?? "");

  const onData = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
    const room = spec.limits.outputBytes - outputBytes;
    outputBytes += chunk.length;
    const kept = room >= chunk.length ? chunk : chunk.subarray(0, Math.max(0, room));
    if (stream === "stdout" && opts.captureStdout && captured < opts.captureStdout) {
      const part = kept.subarray(0, opts.captureStdout - captured);
      stdoutChunks.push(part);
      captured += part.length;
    }
    if (stream === "stderr") stderrTail = (stderrTail + kept.toString("utf8")).slice(-STDERR_TAIL);
    if (kept.length) opts.onOutput?.(stream, kept);
    if (outputBytes > spec.limits.outputBytes) kill("OL");
  };
  child.stdout!.on("data", onData("stdout"));
  child.stderr!.on("data", onData("stderr"));

  const wallTimer = setTimeout(() => kill("TO"), spec.limits.wallMs);
  const poll = setInterval(() => {
    if (cg && cg.stats().cpuUs / 1000 > spec.limits.cpuMs) kill("TO");
  }, POLL_MS);
  const onAbort = () => kill("cancel");
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();

  return new Promise((resolve) => {
    let exitCode: number | null = null;
    child.on("error", (e) => {
      internalError = `cannot start bwrap: ${e.message}`;
    });
    child.on("exit", (code) => {
      exited = true;
      exitCode = code;
      cg?.killAll(); // anything the program left behind, before 'close' waits on its pipes
    });
    child.on("close", () => {
      clearTimeout(wallTimer);
      clearTimeout(deferredKill);
      clearInterval(poll);
      opts.signal?.removeEventListener("abort", onAbort);
      const wallMs = performance.now() - started;
      const stats = cg?.stats();
      // Removal waits for the kernel to reap; the result does not need to wait for it.
      cg?.destroy().catch((e: Error) => log("warn", "cgroup_not_removed", { ...opts.ids, cgroup: opts.name, error: e }));
      if (!sandboxPid && !internalError && !killedFor) internalError = "sandbox did not start";
      if (internalError && stderrTail) internalError += ` (stderr: ${stderrTail.trim().slice(-500)})`;
      resolve({
        exitCode,
        killedFor,
        timeMs: stats ? stats.cpuUs / 1000 : wallMs,
        wallMs,
        memoryKb: stats?.memoryPeakKb ?? 0,
        oomKills: stats?.oomKills ?? 0,
        outputBytes,
        stdout: Buffer.concat(stdoutChunks),
        stderrTail,
        internalError,
      });
    });
  });
}

function safeKill(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function failed(message: string, started: number): ExecResult {
  const wallMs = performance.now() - started;
  return { exitCode: null, killedFor: null, timeMs: 0, wallMs, memoryKb: 0, oomKills: 0, outputBytes: 0, stdout: Buffer.alloc(0), stderrTail: "", internalError: message };
}
