/**
 * The Room's sockets: what it knows about each (its attachment, which survives hibernation),
 * and sending to them. Attachments are cached in memory and re-read after a wake.
 */
import type { DocName, Identity } from "../../contracts/wire";
import type { ClientStates } from "./awareness";
import type { AwarenessEntry } from "./frames";

/** serializeAttachment's limit is 2,048 bytes; past this, awareness states are kept in memory only. */
const ATTACHMENT_BUDGET = 1900;

/** What the Room knows about one socket. */
export interface Attachment {
  identity: Identity;
  doc: DocName;
  inviteId: string;
  clients: ClientStates;
  /** Its departure was handled (close and error events can both arrive). */
  left?: true;
  /** Its copy holds edits the room refused: it may not write until it reloads (see RefusedClients). */
  diverged?: true;
  /** When its pings stopped being heard (liveness.ts): its carets are shown as reconnecting. */
  silentSince?: number;
}

export class SocketTable {
  readonly #ctx: DurableObjectState;
  readonly #cache = new WeakMap<WebSocket, Attachment>();

  constructor(ctx: DurableObjectState) {
    this.#ctx = ctx;
  }

  accept(ws: WebSocket, att: Attachment): void {
    this.#ctx.acceptWebSocket(ws, [att.doc, `user:${att.identity.userId}`, `invite:${att.inviteId}`]);
    this.save(ws, att);
  }

  /** Sockets of a doc, of a user (`user:<id>`), of an invite (`invite:<id>`), or all. */
  of(tag?: string): WebSocket[] {
    return this.#ctx.getWebSockets(tag);
  }

  get(ws: WebSocket): Attachment {
    let att = this.#cache.get(ws);
    if (!att) {
      att = ws.deserializeAttachment() as Attachment;
      this.#cache.set(ws, att);
    }
    return att;
  }

  save(ws: WebSocket, att: Attachment): void {
    this.#cache.set(ws, att);
    const full = JSON.stringify(att);
    if (full.length <= ATTACHMENT_BUDGET) return ws.serializeAttachment(JSON.parse(full));
    // Too big to survive hibernation whole: keep ids and clocks; clients re-announce states every 15 s.
    const clients: ClientStates = {};
    for (const [id, s] of Object.entries(att.clients)) clients[id] = { clock: s.clock, state: null };
    ws.serializeAttachment({ ...att, clients });
  }

  /** To every socket of `doc` but `except`; with `to`, only to those whose attachment it accepts. */
  broadcast(doc: DocName, frame: Uint8Array, except?: WebSocket, to?: (att: Attachment) => boolean): void {
    for (const ws of this.of(doc)) if (ws !== except && (!to || to(this.get(ws)))) send(ws, frame);
  }

  /** Every known awareness state of a doc's sockets (with `from`, of those whose attachment it accepts). */
  awarenessOf(doc: DocName, from?: (att: Attachment) => boolean): AwarenessEntry[] {
    const entries: AwarenessEntry[] = [];
    for (const ws of this.of(doc)) {
      const att = this.get(ws);
      if (from && !from(att)) continue;
      for (const [id, s] of Object.entries(att.clients)) {
        if (s.state !== null) entries.push({ clientId: Number(id), clock: s.clock, state: s.state });
      }
    }
    return entries;
  }

  /** The other socket of `doc` that owns an awareness client id, if any. */
  ownerOf(doc: DocName, clientId: number, except: WebSocket): WebSocket | undefined {
    return this.of(doc).find((o) => o !== except && String(clientId) in this.get(o).clients);
  }
}

export function send(ws: WebSocket, data: Uint8Array | string): void {
  try {
    ws.send(data);
  } catch {
    // closing socket: its close handler cleans up
  }
}
