/**
 * The servers bench:memory compares and how a room is opened on each: Duet's Room, the stock
 * y-websocket server (both through the y-websocket client of bench:collab), and the reference
 * Durable Objects of ./empty-worker (a raw socket sending the same update messages).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { BenchClient } from "../collab/client";
// @ts-expect-error: plain ESM helper shared with the start script and the node tests
import { freePort, startWranglerDev, waitForHttp } from "../../scripts/lib/processes.mjs";
import { startDuet, startNodeBaseline } from "../collab/servers";

export const PROGRAM = "def solve(nums):\n    seen = {}\n    for i, x in enumerate(nums):\n        if x in seen:\n            return i\n        seen[x] = i\n";

/** A client of one room that wrote PROGRAM line by line and stays connected until `close`. */
export interface RoomClient {
  close(): Promise<void>;
}

export interface MemoryServer {
  readonly name: string;
  /** Root of the process tree. */
  readonly pid: number;
  /** wrangler dev's public port (its dev proxy listens there); undefined for Node. */
  readonly publicPort?: number;
  /** Where workerd keeps the objects' SQLite files. */
  readonly persistTo?: string;
  /** The object class directory under persistTo/v3/do. */
  readonly classDir?: RegExp;
  open(room: string): Promise<RoomClient>;
  stop(): Promise<void>;
}

async function yClient(url: string): Promise<RoomClient> {
  const c = new BenchClient(url);
  await c.connect();
  for (const line of PROGRAM.split("\n")) c.text.insert(c.text.length, `${line}\n`);
  await c.roundTrip();
  return { close: async () => (await c.close(), c.doc.destroy()) };
}

/** The update messages a client typing PROGRAM line by line sends, framed as y-websocket does. */
const PROGRAM_MESSAGES: Uint8Array[] = (() => {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 0);
    syncProtocol.writeUpdate(enc, u);
    out.push(encoding.toUint8Array(enc));
  });
  const text = doc.getText("code:python");
  for (const line of PROGRAM.split("\n")) text.insert(text.length, `${line}\n`);
  return out;
})();

async function rawClient(url: string): Promise<RoomClient> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => (ws.once("open", () => resolve()), ws.once("error", reject)));
  for (const m of PROGRAM_MESSAGES) ws.send(m);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        const timer = setTimeout(() => (ws.terminate(), resolve()), 5000);
        ws.once("close", () => (clearTimeout(timer), resolve()));
        ws.close(1000);
      }),
  };
}

export async function duetServer(root: string, label: string): Promise<MemoryServer> {
  const persistTo = mkdtempSync(join(tmpdir(), "duet-bench-memory-"));
  const duet = await startDuet(root, persistTo);
  const publicPort = Number(new URL(await duet.url("probe-port", "u0")).port);
  return {
    name: label,
    pid: duet.pid,
    publicPort,
    persistTo,
    classDir: /-Room$/,
    open: async (room) => yClient(await duet.url(room, "u0")),
    stop: async () => (await duet.stop(), rmSync(persistTo, { recursive: true, force: true })),
  };
}

export async function nodeServer(): Promise<MemoryServer> {
  const node = await startNodeBaseline();
  return { name: "Node y-websocket", pid: node.pid, open: async (room) => yClient(await node.url(room, "u0")), stop: () => node.stop() };
}

const REFERENCE_WORKER = fileURLToPath(new URL("./empty-worker", import.meta.url));

const REFERENCE_CLASSES = { empty: /-Empty$/, "sql-row": /-SqlRow$/, "room-storage": /-RoomStorageOnly$/ };

/**
 * The reference worker under `wrangler dev`, its objects of class `kind`. It runs from a copy
 * placed in the product snapshot at `productRoot` (its RoomStorageOnly imports the Room's storage
 * from there; wrangler writes its .wrangler/ next to the config).
 */
export async function referenceServer(productRoot: string, kind: keyof typeof REFERENCE_CLASSES, label: string): Promise<MemoryServer> {
  mkdirSync(join(productRoot, "bench/memory"), { recursive: true });
  const root = mkdtempSync(join(productRoot, "bench/memory/reference-"));
  cpSync(REFERENCE_WORKER, root, { recursive: true });
  const persistTo = join(root, "state");
  const port: number = await freePort();
  const proc = startWranglerDev(root, { port, persistTo, quiet: true });
  const stop = async () => (await proc.stop(), rmSync(root, { recursive: true, force: true }));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, proc, 90_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    name: label,
    pid: proc.child.pid,
    publicPort: port,
    persistTo,
    classDir: REFERENCE_CLASSES[kind],
    open: (room) => rawClient(`ws://127.0.0.1:${port}/${kind}/${room}`),
    stop,
  };
}
