/**
 * One burst into one room: W writer sockets send pre-encoded update frames as fast as the socket
 * takes them, and one reader (a real Y.Doc) counts the burst as ingested once every writer's last
 * clock is in its doc. What the reader has, the server acknowledged: Duet broadcasts an update only
 * after it is in the room's log, the stock server after applying it to its in-memory doc.
 *
 * Writers are raw sockets, not Y.Docs: their updates are encoded before the clock starts, and what
 * the room sends them back is dropped unread, so the bench process spends its CPU on the sends and
 * on the one reader (both servers pay the same client cost).
 */
import * as encoding from "lib0/encoding";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { BenchClient } from "../collab/client";
import { treeCpuMs } from "../collab/procfs";
import type { Server } from "../collab/servers";

export interface WriterScript {
  clientId: number;
  /** Complete y-websocket sync-update frames, in send order. */
  frames: Uint8Array[];
  /** The writer's clock after its last update. */
  endClock: number;
  /** Characters this writer inserts in all. */
  chars: number;
}

export interface BurstSpec {
  label: string;
  writers: WriterScript[];
}

export interface BurstResult {
  server: string;
  updates: number;
  chars: number;
  frameBytes: number;
  /** First send → the reader holds every update. */
  ms: number;
  /** Client-side time to hand every frame to the sockets (the burst's send rate). */
  sendMs: number;
  /** CPU of the server's process tree (all of wrangler dev for Duet) from first send to done. */
  serverCpuMs: number;
  /** CPU of this bench process over the same time (writers' sends, the reader's applies). */
  benchCpuMs: number;
  /** Writers the server closed, or refused, during the burst: code, reason. */
  failures: string[];
}

const MESSAGE_SYNC = 0;

function updateFrame(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

/** A writer typing `n` characters one keystroke (one update) at a time at the end of its own run. */
export function typingWriter(clientId: number, n: number): WriterScript {
  return script(clientId, (text) => {
    for (let i = 0; i < n; i++) text.insert(text.length, "abcdefghijklmnopqrstuvwxyz"[i % 26]);
  });
}

/** A writer pasting `pastes` blocks of `size` characters (one update each). */
export function pastingWriter(clientId: number, pastes: number, size: number): WriterScript {
  const line = "    total = sum(x * x for x in values if x % 2 == 0)  # a pasted line of code\n";
  const block = line.repeat(Math.ceil(size / line.length)).slice(0, size);
  return script(clientId, (text) => {
    for (let i = 0; i < pastes; i++) text.insert(text.length, block);
  });
}

function script(clientId: number, type: (text: Y.Text) => void): WriterScript {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const frames: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => frames.push(updateFrame(u)));
  const text = doc.getText("code:python");
  type(text);
  const script = { clientId, frames, endClock: Y.getState(doc.store, clientId), chars: text.length };
  doc.destroy();
  return script;
}

/** A raw socket whose upgrade is done and whose first server frame arrived (the room is loaded). */
function openWriter(url: string, failures: string[], name: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no frame from the server within 30 s`)), 30_000);
    ws.once("message", () => (clearTimeout(timer), resolve(ws)));
    ws.on("error", (e) => (clearTimeout(timer), reject(new Error(`${name}: ${e.message}`))));
    ws.on("close", (code, reason) => {
      clearTimeout(timer);
      failures.push(`${name} closed ${code} ${reason.toString()}`);
      reject(new Error(`${name} closed ${code} ${reason}`));
    });
    ws.on("open", () => {
      // a step 1 of our own, as a provider sends: the server answers it, whatever it sends first
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(enc, new Y.Doc());
      ws.send(encoding.toUint8Array(enc));
    });
  });
}

/** Whether a reader's frame is a permission-denied (messageAuth = 2): a refused write shows there. */
function watchRefusals(ws: WebSocket, failures: string[], name: string): void {
  ws.on("message", (data: Buffer) => {
    if (data[0] === 2) failures.push(`${name} refused: ${data.subarray(2).toString("utf8").replace(/^[^\x20-\x7e]+/, "")}`);
  });
}

/** Runs `spec` into a fresh room `room` of `server`; rejects after `timeoutMs` without the whole burst. */
export async function runBurst(server: Server, room: string, spec: BurstSpec, timeoutMs = 120_000): Promise<BurstResult> {
  const failures: string[] = [];
  const reader = new BenchClient(await server.url(room, "reader"));
  await reader.connect();
  const sockets: WebSocket[] = [];
  for (let i = 0; i < spec.writers.length; i++) {
    const ws = await openWriter(await server.url(room, `writer${i}`), failures, `writer ${i}`);
    watchRefusals(ws, failures, `writer ${i}`);
    sockets.push(ws);
  }
  const ends = spec.writers.map((w) => [w.clientId, w.endClock] as const);
  const complete = () => ends.every(([id, clock]) => Y.getState(reader.doc.store, id) >= clock);
  const done = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.name} ${spec.label}: burst not all seen within ${timeoutMs} ms; ${failures.join("; ")}`)), timeoutMs);
    // a writer closed mid-burst (e.g. for rate) never completes it: fail now, with the reason
    for (const [k, ws] of sockets.entries()) {
      ws.on("close", (code, reason) => {
        clearTimeout(timer);
        reject(new Error(`${server.name} ${spec.label}: the server closed writer ${k} mid-burst: ${code} ${reason}`));
      });
    }
    const check = () => {
      if (!complete()) return;
      clearTimeout(timer);
      reader.doc.off("update", check);
      resolve(performance.now());
    };
    reader.doc.on("update", check);
  });
  done.catch(() => {}); // awaited below; a rejection before that is not unhandled
  const frameBytes = spec.writers.reduce((s, w) => s + w.frames.reduce((t, f) => t + f.byteLength, 0), 0);
  const updates = spec.writers.reduce((s, w) => s + w.frames.length, 0);
  // Interleaved, as concurrent typists arrive: frame i of every writer, then frame i + 1.
  const cpu0 = [treeCpuMs(server.pid), process.cpuUsage()] as const;
  const t0 = performance.now();
  const longest = Math.max(...spec.writers.map((w) => w.frames.length));
  for (let i = 0; i < longest; i++) {
    for (const [k, w] of spec.writers.entries()) if (i < w.frames.length) sockets[k].send(w.frames[i]);
  }
  const sendMs = performance.now() - t0;
  try {
    const t1 = await done;
    const serverCpuMs = treeCpuMs(server.pid) - cpu0[0];
    const bench = process.cpuUsage(cpu0[1]);
    const chars = spec.writers.reduce((s, w) => s + w.chars, 0);
    return { server: server.name, updates, chars, frameBytes, ms: t1 - t0, sendMs, serverCpuMs, benchCpuMs: (bench.user + bench.system) / 1000, failures };
  } finally {
    for (const ws of sockets) ws.removeAllListeners("close"), ws.terminate();
    await reader.close();
    reader.doc.destroy();
  }
}
