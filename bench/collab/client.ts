/**
 * A benchmark client: one real Y.Doc speaking y-websocket framing (y-protocols/sync) over `ws`.
 * The same code talks to the Duet Worker and to the stock Node y-websocket server.
 *
 * It does what a provider does for documents (step 1 on open, answers the server's step 1, sends
 * every local update, applies remote ones) and nothing else: no awareness, no reconnects.
 * Edits carry a marker `#<id>;`; every marker a client observes in a remote change is reported
 * with the time it was observed, after the update has been applied to the doc.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MARKER = /#(\d+);/g;

export type SeenListener = (id: number, at: number) => void;

export interface ConnectTimes {
  /** `new WebSocket()` called. */
  start: number;
  /** Upgrade completed (101 received). */
  open: number;
  /** First sync step 2 received (before this client applied it): the answer to our step 1, the room's full state. */
  synced: number;
}

export class BenchClient {
  readonly doc = new Y.Doc();
  readonly text = this.doc.getText("code:python");
  readonly times: ConnectTimes = { start: 0, open: 0, synced: 0 };
  /** Permission-denied reasons from the server, if any. */
  readonly denied: string[] = [];
  /** Set when the socket closed (by either side). */
  closed: { code: number; reason: string } | null = null;
  #ws: WebSocket | undefined;
  /** Who waits for the next sync step 2; a close or a refused sync request fails them with the room's reason instead of a timeout. */
  #stepTwoWaiters: Array<{ resolve: (arrivedAt: number) => void; reject: (e: Error) => void }> = [];

  constructor(readonly url: string, onSeen?: SeenListener) {
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === this || !this.#ws) return;
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MESSAGE_SYNC);
      syncProtocol.writeUpdate(enc, update);
      this.#ws.send(encoding.toUint8Array(enc));
    });
    if (onSeen) {
      this.text.observe((event) => {
        if (event.transaction.local) return;
        const at = performance.now();
        for (const op of event.delta) {
          if (typeof op.insert !== "string") continue;
          for (const m of op.insert.matchAll(MARKER)) onSeen(Number(m[1]), at);
        }
      });
    }
  }

  /** Opens the socket and resolves once the first sync step 2 arrived. */
  connect(timeoutMs = 30_000): Promise<ConnectTimes> {
    this.times.start = performance.now();
    const ws = new WebSocket(this.url, { perMessageDeflate: false });
    this.#ws = ws;
    ws.binaryType = "nodebuffer";
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sync step 2 from ${this.url} within ${timeoutMs} ms`)), timeoutMs);
      ws.on("open", () => {
        this.times.open = performance.now();
        this.#send((enc) => syncProtocol.writeSyncStep1(enc, this.doc));
      });
      ws.on("message", (data: Buffer) => this.#onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      ws.on("error", (e) => (clearTimeout(timer), reject(new Error(`${this.url}: ${e.message}`))));
      ws.on("close", (code, reason) => {
        this.closed = { code, reason: reason.toString() };
        clearTimeout(timer);
        const error = new Error(`${this.url} closed: ${code} ${reason}`);
        for (const w of this.#stepTwoWaiters.splice(0)) w.reject(error);
        reject(error);
      });
      this.#stepTwoWaiters.push({
        resolve: (arrivedAt) => {
          clearTimeout(timer);
          this.times.synced = arrivedAt;
          resolve(this.times);
        },
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
  }

  /** Inserts the marker for edit `id` at the end of the text; the update is sent synchronously. */
  edit(id: number): void {
    this.text.insert(this.text.length, `#${id};`);
  }

  /** Sends a sync step 1 and resolves on the next step 2: everything sent before it was processed. */
  roundTrip(timeoutMs = 30_000): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`${this.url} closed: ${this.closed.code} ${this.closed.reason}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sync step 2 from ${this.url} within ${timeoutMs} ms`)), timeoutMs);
      this.#stepTwoWaiters.push({ resolve: () => (clearTimeout(timer), resolve()), reject: (e) => (clearTimeout(timer), reject(e)) });
      this.#send((enc) => syncProtocol.writeSyncStep1(enc, this.doc));
    });
  }

  close(): Promise<void> {
    const ws = this.#ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => (ws.terminate(), resolve()), 2000);
      ws.once("close", () => (clearTimeout(timer), resolve()));
      ws.close(1000);
    });
  }

  #send(write: (enc: encoding.Encoder) => void): void {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    write(enc);
    this.#ws?.send(encoding.toUint8Array(enc));
  }

  #onMessage(data: Uint8Array): void {
    const arrivedAt = performance.now();
    const dec = decoding.createDecoder(data);
    const type = decoding.readVarUint(dec);
    if (type === MESSAGE_AUTH) {
      decoding.readVarUint(dec);
      const reason = decoding.readVarString(dec);
      this.denied.push(reason);
      // The Room answers a sync request over its per-socket limit with this instead of a step 2.
      if (/sync request/.test(reason)) this.#stepTwoWaiters.shift()?.reject(new Error(`${this.url}: ${reason}`));
      return;
    }
    if (type !== MESSAGE_SYNC) return; // awareness and query-awareness: not benchmarked
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    const syncType = syncProtocol.readSyncMessage(dec, enc, this.doc, this);
    if (encoding.length(enc) > 1) this.#ws?.send(encoding.toUint8Array(enc));
    if (syncType === syncProtocol.messageYjsSyncStep2) this.#stepTwoWaiters.shift()?.resolve(arrivedAt);
  }
}
