/**
 * The two servers under test, each in its own process tree (never the bench's event loop):
 * the product's Worker under `wrangler dev` and the stock y-websocket Node server.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error: plain ESM helper shared with the start script and the node tests
import { freePort, startProcess, startWranglerDev, waitForHttp } from "../../scripts/lib/processes.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Proc {
  child: { pid: number };
  stop(): Promise<void>;
  output(): string;
}

export interface Server {
  readonly name: string;
  /** WebSocket URL of the code doc of `room`, joining as `user`. */
  url(room: string, user: string): string;
  /** Root of the server's process tree (for RSS). */
  readonly pid: number;
  stop(): Promise<void>;
}

/** Dev open rooms (anyone joins as ?role=), and connect rate limits out of the way of 500 sockets a minute. */
const DEV_VARS = {
  DUET_ENV: "test",
  DEV_OPEN_ROOMS: "1",
  RATE_SOCKET_CONNECTS_PER_MINUTE: "1000000",
  RATE_ROOM_CREATES_PER_MINUTE: "1000000",
};

export interface Snapshot {
  root: string;
  commit: string;
  remove(): void;
}

/**
 * The committed product (HEAD) copied to a temporary directory, with node_modules linked in.
 * `wrangler dev` watches its sources and restarts workerd on every change, so running it on the
 * shared checkout, where others are editing, would drop the bench's sockets mid-run (and measure
 * half-written code). The snapshot also pins what was measured to one commit.
 */
export function snapshotHead(): Snapshot {
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  const root = mkdtempSync(join(tmpdir(), "duet-bench-src-"));
  execFileSync("sh", ["-c", 'git archive --format=tar "$1" | tar -x -C "$2"', "sh", commit, root], { cwd: ROOT });
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  return { root, commit, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** `wrangler dev` for the product at `root` on a free port. */
export async function startDuet(root: string, persistTo: string): Promise<Server> {
  const port: number = await freePort();
  const proc: Proc = startWranglerDev(root, { port, persistTo, quiet: true, vars: DEV_VARS });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, proc, 90_000);
  } catch (e) {
    await proc.stop();
    throw e;
  }
  return {
    name: "Duet (wrangler dev)",
    url: (room, user) => `ws://127.0.0.1:${port}/api/rooms/${room}/code?role=candidate&user=${user}&name=${user}`,
    pid: proc.child.pid,
    stop: () => proc.stop(),
  };
}

/** The stock y-websocket@2 server (`bin/utils.cjs` setupWSConnection) in a child `node`. */
export async function startNodeBaseline(): Promise<Server> {
  const port: number = await freePort();
  const script = fileURLToPath(new URL("./node-server.cjs", import.meta.url));
  const proc: Proc = startProcess("y-websocket server", process.execPath, [script, String(port)], { cwd: ROOT, quiet: true });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, proc, 20_000);
  } catch (e) {
    await proc.stop();
    throw e;
  }
  return {
    name: "Node y-websocket",
    url: (room) => `ws://127.0.0.1:${port}/${room}`,
    pid: proc.child.pid,
    stop: () => proc.stop(),
  };
}

/** Resident set size of `pid` and all its descendants, in bytes, read from /proc. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  const todo = [pid];
  for (let p = todo.pop(); p !== undefined; p = todo.pop()) {
    total += rss(p);
    todo.push(...(children.get(p) ?? []));
  }
  return total;
}

function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
