/**
 * The runner as a real process for the tests: main.ts under node + tsx (one process, so its pid is
 * the runner's), started with only the environment a test names, optionally under a wrapper
 * (setpriv to drop to a uid, unshare for a user or mount namespace).
 */
import { spawn } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RunEventSchema, type RunEvent } from "../../contracts/runner.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MAIN = join(ROOT, "runner-service/src/main.ts");

/** A port nobody listens on right now (the kernel's pick for an ephemeral listener). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export type Service = {
  pid: number;
  port: number;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
  signal: (sig: NodeJS.Signals) => void;
  /** SIGTERM, then SIGKILL after 3 s. */
  stop: () => void;
};

/** `wrapper`: argv put before node (e.g. setpriv …, unshare … --); the service's pid is then the wrapper's until it execs. */
export async function startService(env: Record<string, string | undefined>, wrapper: string[] = []): Promise<Service> {
  const port = await freePort();
  const cmd = [...wrapper, process.execPath, "--import", "tsx", MAIN];
  const child = spawn(cmd[0], cmd.slice(1), {
    cwd: ROOT,
    // Only these variables: nothing of the test process's own environment leaks in.
    env: { PATH: process.env.PATH, DUET_ENV: "test", RUNNER_HOST: "127.0.0.1", RUNNER_PORT: String(port), RUNNER_CONCURRENCY: "2", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return {
    pid: child.pid!,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    signal: (sig) => child.kill(sig),
    stop() {
      // An idle runner drains at once and exits; a busy one, or one that never got going, is killed.
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    },
  };
}

/** setpriv argv that runs the service as `uid` (root test runs only). */
export const asUid = (uid: number) => ["/usr/bin/setpriv", `--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", "--"];

export interface Health {
  ok: boolean;
  draining: boolean;
  version: string;
  warnings: string[];
  sandbox: { uids: { service: number; sandbox: number }; seccomp: string; cgroups: string; cgroupsReason: string | null; processLimit: string; memoryLimit: string };
  languages: Record<string, boolean>;
  availability: Record<string, { available: boolean; reason: string | null }>;
  concurrency: number;
  running: number;
  queued: number;
}

/** Waits until /healthz answers 200 (throws with the service's output if it exits or never does). */
export async function healthy(s: Service): Promise<Health> {
  let gone = false;
  s.exited.then(() => (gone = true));
  for (let i = 0; i < 300 && !gone; i++) {
    try {
      const res = await fetch(`${s.base}/healthz`);
      if (res.ok) return (await res.json()) as Health;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`runner did not become healthy:\n${s.output()}`);
}

/** The service's log lines, parsed (every line it writes is one JSON object). */
export function logLines(s: Service): Record<string, unknown>[] {
  return s
    .output()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Reads an NDJSON run stream event by event. */
export async function* streamEvents(res: Response): AsyncGenerator<RunEvent> {
  const decoder = new TextDecoder();
  let buf = "";
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buf += decoder.decode(chunk, { stream: true });
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      yield RunEventSchema.parse(JSON.parse(buf.slice(0, i)));
      buf = buf.slice(i + 1);
    }
  }
}
