/**
 * A y-websocket-protocol client for tests inside workerd: a real Y.Doc synced over a real
 * WebSocket to the Worker (SELF), with the server's permission-denied messages and awareness
 * states recorded so tests can assert on them.
 */
import { SELF, env } from "cloudflare:test";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { CONTRACT_PARAM, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from "../../contracts/wire";
import { roomConnectRequest } from "../../contracts/room-rpc";
import { readAwarenessUpdate, writeAwarenessUpdate, awarenessFrame, type AwarenessEntry } from "../../durable-objects/room/frames";
import { sessionToken } from "./session";
import { pathTo, ROUTES } from "../../contracts/routes";

export interface ConnectOptions {
  doc?: "code" | "state" | "private";
  role?: "interviewer" | "candidate" | "spectator";
  user?: string;
  name?: string;
  ydoc?: Y.Doc;
  /** A session token; without one, a real session for the role/user/name above is minted. */
  token?: string;
  /** The client's address as Cloudflare reports it (each test client gets its own by default). */
  ip?: string;
  /**
   * Straight to the room's object, as the Worker hands sockets over after its checks (which are
   * then skipped): for tests that open a thousand sockets, where the Worker's route costs more.
   */
  direct?: boolean;
  /** The contract version the client says it speaks (`?v=`, contracts/wire.ts); none: a stock client. */
  contract?: number;
}

export class TestClient {
  readonly doc: Y.Doc;
  readonly denied: string[] = [];
  readonly awareness = new Map<number, { clock: number; state: unknown }>();
  readonly received: Uint8Array[] = [];
  closeEvent: { code: number; reason: string } | null = null;
  synced = false;
  #clock = 0;

  private constructor(readonly ws: WebSocket, ydoc: Y.Doc) {
    this.doc = ydoc;
    ws.addEventListener("message", (ev) => this.#onMessage(ev.data));
    ws.addEventListener("close", (ev) => {
      this.closeEvent = { code: ev.code, reason: ev.reason };
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this && !this.closeEvent) this.sendBinary(frame(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update)));
    });
  }

  static async connect(roomId: string, opts: ConnectOptions = {}): Promise<TestClient> {
    const res = await TestClient.upgrade(roomId, opts);
    if (!res.webSocket) throw new Error(`upgrade refused: ${res.status} ${await res.text()}`);
    res.webSocket.binaryType = "arraybuffer";
    res.webSocket.accept();
    const client = new TestClient(res.webSocket, opts.ydoc ?? new Y.Doc());
    client.sendBinary(frame(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, client.doc)));
    return client;
  }

  /** Without a token, mints a real session for role/user/name in that room (see session.ts). */
  static async upgrade(roomId: string, opts: ConnectOptions = {}): Promise<Response> {
    if (opts.direct) {
      const identity = { userId: opts.user ?? crypto.randomUUID(), name: opts.name ?? "Tester", role: opts.role ?? "candidate", color: "#3366cc" };
      const request = new Request(`http://duet.test${pathTo(ROUTES.roomSocket, { roomId, doc: opts.doc ?? "code" })}`, { headers: { Upgrade: "websocket" } });
      return env.ROOM.get(env.ROOM.idFromName(roomId)).fetch(roomConnectRequest(request, { identity, doc: opts.doc ?? "code", inviteId: "direct" }));
    }
    const token = opts.token ?? (await sessionToken(roomId, opts.role ?? "candidate", opts.user ?? crypto.randomUUID(), opts.name ?? "Tester"));
    const q = new URLSearchParams({ token, ...(opts.contract !== undefined ? { [CONTRACT_PARAM]: String(opts.contract) } : {}) });
    const ip = opts.ip ?? `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 4)}`;
    return SELF.fetch(`http://duet.test${pathTo(ROUTES.roomSocket, { roomId, doc: opts.doc ?? "code" })}?${q}`, {
      headers: { Upgrade: "websocket", "CF-Connecting-IP": ip },
    });
  }

  sendBinary(data: Uint8Array): void {
    this.ws.send(data);
  }

  /** Announces (or with null, withdraws) an awareness state for `clientId` (default: this doc's id). */
  setAwareness(state: unknown, clientId = this.doc.clientID, clock = ++this.#clock): void {
    const entry = { clientId, clock, state: state === null ? null : JSON.stringify(state) };
    this.sendBinary(awarenessFrame(writeAwarenessUpdate([entry])));
  }

  queryAwareness(): void {
    this.sendBinary(frame(MESSAGE_QUERY_AWARENESS, () => {}));
  }

  /**
   * Resolves once the room has handled everything this socket sent before: the room answers an
   * awareness query in order, after the frames ahead of it (or it closed the socket over one).
   */
  async handled(ms = 10_000): Promise<void> {
    const from = this.received.length;
    this.queryAwareness();
    await until(() => this.closeEvent !== null || this.received.slice(from).some((f) => f[0] === MESSAGE_AWARENESS), "the room's answer to an awareness query", ms);
  }

  text(name = "code:python"): string {
    return this.doc.getText(name).toString();
  }

  close(): void {
    try {
      this.ws.close(1000, "bye");
    } catch {
      // already closed
    }
  }

  #onMessage(data: unknown): void {
    if (typeof data === "string") return;
    const bytes = new Uint8Array(data as ArrayBuffer);
    this.received.push(bytes);
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const step = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (step === syncProtocol.messageYjsSyncStep2) this.synced = true;
      if (encoding.length(encoder) > 1) this.sendBinary(encoding.toUint8Array(encoder));
    } else if (type === MESSAGE_AWARENESS) {
      for (const e of readAwarenessUpdate(decoding.readVarUint8Array(decoder))) {
        if (e.state === null) this.awareness.delete(e.clientId);
        else this.awareness.set(e.clientId, { clock: e.clock, state: JSON.parse(e.state) });
      }
    } else if (type === MESSAGE_AUTH) {
      decoding.readVarUint(decoder);
      this.denied.push(decoding.readVarString(decoder));
    }
  }
}

function frame(type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

/** The awareness entries `client` received after its `from`-th frame, as the Room encoded them. */
export function awarenessReceived(client: TestClient, from: number): AwarenessEntry[] {
  return client.received.slice(from).flatMap((bytes) => {
    const decoder = decoding.createDecoder(bytes);
    return decoding.readVarUint(decoder) === MESSAGE_AWARENESS ? readAwarenessUpdate(decoding.readVarUint8Array(decoder)) : [];
  });
}

/** Polls until `check` holds; fails with `what` after `ms` (a function is asked at the failure, for what it saw). */
export async function until(check: () => boolean, what: string | (() => string), ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === "function" ? what() : what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function uniqueRoom(prefix = "t"): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 12)}`;
}
