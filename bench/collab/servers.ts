/**
 * The two servers under test, each in its own process tree (never the bench's event loop):
 * the product's Worker under `wrangler dev` and the stock y-websocket Node server.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listeningPorts } from "./procfs";
// @ts-expect-error: plain ESM helper shared with the start script and the node tests
import { applyLocalMigrations, freePort, startProcess, startWranglerDev, waitForHttp } from "../../scripts/lib/processes.mjs";
// @ts-expect-error: plain ESM helper shared with dev:token and the node tests
import { createRoom, joinAs } from "../../scripts/lib/room-api.mjs";
import { pathTo, ROUTES } from "../../contracts/routes";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Proc {
  child: { pid: number };
  stop(): Promise<void>;
  output(): string;
}

export interface Server {
  readonly name: string;
  /** WebSocket URL of the code doc of `room`, joining as `user` (for Duet: a room made and joined through the API). */
  url(room: string, user: string): Promise<string>;
  /** Root of the server's process tree (for RSS). */
  readonly pid: number;
  stop(): Promise<void>;
  /** The tail of the server's own output, for error reports. */
  output(): string;
}

export interface DuetServer extends Server {
  /**
   * The same server reached at the runtime workerd's own socket, skipping the proxy workerd that
   * `wrangler dev` puts in front of it (production has no such hop). Undefined if not found.
   */
  readonly direct: Server | undefined;
}

/** Connect and room-creation rate limits out of the way of 500 sockets and 100 rooms a minute. */
const DEV_VARS = {
  DUET_ENV: "test",
  RATE_SOCKET_CONNECTS_PER_MINUTE: "1000000",
  RATE_ROOM_CREATES_PER_MINUTE: "1000000",
};

/**
 * The bench's room names → rooms created through the API, per storage directory: a cold-load
 * restart on the same `--persist-to` must find the room it filled before.
 */
const roomsByStorage = new Map<string, Map<string, Promise<{ roomId: string; links: Record<string, string> }>>>();

/** A candidate session in the bench's room `room`, created on first use; each user joins once. */
function duetSessions(persistTo: string) {
  const rooms = roomsByStorage.get(persistTo) ?? new Map();
  roomsByStorage.set(persistTo, rooms);
  return async (httpBase: string, room: string, user: string) => {
    let created = rooms.get(room);
    if (!created) rooms.set(room, (created = retryUnavailable(() => createRoom(httpBase, { title: room }))));
    const r = await created;
    const joined = (await retryUnavailable(() => joinAs(httpBase, r, "candidate", user))) as { token: string };
    return { roomId: r.roomId, token: joined.token };
  };
}

/**
 * Hundreds of joins at once on two busy cores sometimes meet a 503 (or a reset connection) from wrangler dev's proxy:
 * the benches measure edits, not set-up, so set-up retries those a few times.
 */
async function retryUnavailable<T>(call: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await call();
    } catch (e) {
      if (i >= tries || !/: 503\b|fetch failed/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}

export interface Snapshot {
  root: string;
  commit: string;
  remove(): void;
}

/**
 * The committed product (HEAD) copied to a temporary directory, with node_modules linked in.
 * `wrangler dev` watches its sources and restarts workerd on every change, so running it on the
 * shared checkout, where others are editing, would drop the bench's sockets mid-run (and measure
 * half-written code). The snapshot also pins what was measured to one commit: HEAD, or
 * BENCH_COMMIT=<rev> when HEAD does not build.
 */
export function snapshotHead(rev = process.env.BENCH_COMMIT || "HEAD"): Snapshot {
  const commit = execFileSync("git", ["rev-parse", "--verify", `${rev}^{commit}`], { cwd: ROOT, encoding: "utf8" }).trim();
  const root = mkdtempSync(join(tmpdir(), "duet-bench-src-"));
  execFileSync("sh", ["-c", 'git archive --format=tar "$1" | tar -x -C "$2"', "sh", commit, root], { cwd: ROOT });
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  // wrangler.toml serves the built web app (git-ignored) as assets; the bench only needs the directory
  mkdirSync(join(root, "web/dist"), { recursive: true });
  writeFileSync(join(root, "web/dist/index.html"), "<!doctype html><title>Duet</title>\n");
  return { root, commit, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** `wrangler dev` for the product at `root` on a free port. */
export async function startDuet(root: string, persistTo: string): Promise<DuetServer> {
  const port: number = await freePort();
  applyLocalMigrations(root, { persistTo }); // the rooms' D1 index (idempotent on a restart)
  const proc: Proc = startWranglerDev(root, { port, persistTo, quiet: true, vars: DEV_VARS });
  const session = duetSessions(persistTo);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, proc, 90_000);
  } catch (e) {
    await proc.stop();
    throw e;
  }
  const server = (name: string, p: number): Server => ({
    name,
    url: async (room, user) => {
      const { roomId, token } = await session(`http://127.0.0.1:${p}`, room, user);
      return `ws://127.0.0.1:${p}${pathTo(ROUTES.roomSocket, { roomId, doc: "code" })}?token=${token}`;
    },
    pid: proc.child.pid,
    stop: () => proc.stop(),
    output: () => proc.output(),
  });
  const runtimePort = await findRuntimePort(proc.child.pid, port);
  return { ...server("Duet (wrangler dev)", port), direct: runtimePort ? server("Duet, no dev proxy", runtimePort) : undefined };
}

/** The runtime workerd's HTTP socket: a port of the tree's workerd processes, other than the public one, that serves /healthz. */
async function findRuntimePort(pid: number, publicPort: number): Promise<number | undefined> {
  for (const p of listeningPorts(pid, "workerd")) {
    if (p === publicPort) continue;
    try {
      const res = await fetch(`http://127.0.0.1:${p}/healthz`, { signal: AbortSignal.timeout(2000) });
      const body = (await res.json().catch(() => null)) as { ok?: unknown } | null;
      if (res.ok && body?.ok === true) return p;
    } catch {
      // inspector, debug port, loopback service…
    }
  }
  return undefined;
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
    url: async (room) => `ws://127.0.0.1:${port}/${room}`,
    pid: proc.child.pid,
    stop: () => proc.stop(),
    output: () => proc.output(),
  };
}
