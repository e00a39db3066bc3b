/**
 * A socket's frames, in the y-websocket protocol: sync requests answered with the diff the peer
 * lacks, writes decoded whole and checked (role, client ids, dependencies, document limits)
 * before any of it reaches the doc, awareness relayed to the sockets allowed to see it.
 */
import * as Y from "yjs";
import { CLOSE, COPY_DIVERGED, PING, SYNC_STEP1, SYNC_STEP2, WRITE_NOT_SAVED, docAccess, type DocName } from "../../contracts/wire";
import { applyAwareness, type Owner } from "./awareness";
import { overLimit } from "./doc-limits";
import {
  awarenessFrame, permissionDeniedFrame, readAwarenessUpdate, readClientFrame, syncFrame, writeAwarenessUpdate, type AwarenessEntry,
} from "./frames";
import type { RoomLimits } from "./limits";
import { socketOrigin } from "./origins";
import type { SocketRates } from "./rate-limits";
import type { RoomDocs } from "./room-docs";
import { send, type Attachment, type SocketTable } from "./sockets";
import type { Spectators } from "./spectators";
import type { RoomStorage } from "./storage";
import { encodeIntegrated } from "./integrated-state";
import { futureDependencies, isNoop, newStructs, readStateVector, readUpdate, writers, type ClientUpdate } from "./update-check";

export interface SyncHost {
  docs: RoomDocs;
  store: RoomStorage;
  sockets: SocketTable;
  spectators: Spectators;
  limits: RoomLimits;
  rates: SocketRates;
  /** Closes a socket as the room does (its departure handled first). */
  close(ws: WebSocket, code: number, reason: string): void;
  /** A lost connection's client id still shown as reconnecting (presence.ts), as its owner. */
  ghostOwner(doc: DocName, clientId: number): Owner | undefined;
}

export class RoomSync {
  constructor(readonly host: SyncHost) {}

  /** One frame from a socket; a malformed one throws ProtocolError (the socket is then closed 1002). */
  message(ws: WebSocket, message: string | ArrayBuffer): void {
    const { sockets, limits, rates, spectators } = this.host;
    this.host.docs.flushIfDue();
    const att = sockets.get(ws);
    if (att.left) return; // frames still in flight after the room closed the socket
    if (typeof message === "string") {
      return this.host.close(ws, CLOSE.UNSUPPORTED_DATA, `text frames are not part of the protocol (only "${PING}")`);
    }
    const max = limits.maxMessageBytes;
    if (message.byteLength > max) {
      return this.host.close(ws, CLOSE.MESSAGE_TOO_BIG, `message of ${message.byteLength} bytes is over the ${max}-byte limit`);
    }
    const throttled = rates.admit(ws, message.byteLength);
    if (throttled) return this.host.close(ws, CLOSE.RATE_LIMITED, throttled);
    const frame = readClientFrame(new Uint8Array(message));
    // A write joins the held batch; anything else is answered after it (room-docs.ts).
    if (frame.type !== "sync-step2" && frame.type !== "sync-update") this.host.docs.flush();
    switch (frame.type) {
      case "sync-step1":
        return this.#syncRequest(ws, att, frame.stateVector);
      case "sync-step2":
      case "sync-update":
        return this.#write(ws, att, frame.update, frame.type === "sync-update");
      case "awareness":
        return this.#awareness(ws, att, readAwarenessUpdate(frame.update));
      case "query-awareness":
        return send(ws, awarenessFrame(writeAwarenessUpdate(spectators.awarenessFor(att.doc, att.identity.role))));
    }
  }

  /** A peer's sync step 1: the diff it lacks (a few a minute), and whether its copy holds edits refused to it. */
  #syncRequest(ws: WebSocket, att: Attachment, stateVector: Uint8Array): void {
    const { rates, limits, docs, store, sockets } = this.host;
    if (!rates.syncRequest(ws)) {
      return send(ws, permissionDeniedFrame(`too many sync requests: at most ${limits.syncRequestsPerMinute} a minute; this one was not answered`));
    }
    const doc = docs.doc(att.doc);
    const peer = readStateVector(stateVector);
    if (!att.diverged && store.refused.holdsRefused(att.doc, att.identity.userId, peer, doc)) {
      sockets.save(ws, { ...att, diverged: true });
    }
    send(ws, syncFrame(SYNC_STEP2, encodeIntegrated(doc, stateVector)));
  }

  /** A step 2 or an update: decoded whole and checked before any of it reaches the doc. */
  #write(ws: WebSocket, att: Attachment, bytes: Uint8Array, isUpdate: boolean): void {
    const { docs, store, sockets } = this.host;
    const doc = docs.doc(att.doc);
    const update = readUpdate(bytes);
    const fresh = newStructs(update, doc);
    if (isNoop(update, fresh, doc)) return; // e.g. a step-2 reply that holds nothing new
    if (att.diverged) {
      return send(ws, permissionDeniedFrame(`your copy of ${att.doc} holds changes the room refused; ${COPY_DIVERGED}`));
    }
    const clients = writers(fresh);
    const refusal = this.#refusal(att, update, fresh, clients);
    if (refusal) {
      store.refused.refuse(att.doc, att.identity.userId, fresh, doc);
      sockets.save(ws, { ...att, diverged: true });
      send(ws, permissionDeniedFrame(refusal));
      // Tell it where the room really is; a rejected step-2 reply is not answered again, so no loop.
      if (isUpdate) send(ws, syncFrame(SYNC_STEP1, Y.encodeStateVector(doc)));
      return;
    }
    docs.apply(att.doc, bytes, socketOrigin(ws, att.identity.userId));
    store.owners.claim(att.doc, clients, att.identity.userId);
  }

  /** Why a write may not be applied: the socket's role, someone else's client id, or a document limit. */
  #refusal(att: Attachment, update: ClientUpdate, fresh: Array<Y.Item | Y.GC>, clients: number[]): string | null {
    const { store, docs, limits } = this.host;
    const name = att.doc;
    if (docAccess(att.identity.role, name, store.settings.get()) !== "write") return `${name} is read-only for you; ${WRITE_NOT_SAVED}`;
    const foreign = store.owners.foreign(name, clients, att.identity.userId);
    if (foreign !== undefined) return `client ${foreign} belongs to another participant; ${WRITE_NOT_SAVED}`;
    for (const c of futureDependencies(update, fresh, docs.doc(name))) {
      // An id nobody has written with or announced is nobody else's: a writer's own first frame,
      // overtaken by its second (local workerd reorders a socket's frames), is exactly this.
      const owner = store.owners.owner(name, c);
      if (!clients.includes(c) && owner !== undefined && owner !== att.identity.userId) {
        return `your change builds on edits of client ${c} that the room does not have; ${WRITE_NOT_SAVED}`;
      }
    }
    return overLimit(name, docs.doc(name), update, fresh, limits, name === "code" ? docs.codeMeter : undefined);
  }

  #awareness(ws: WebSocket, att: Attachment, entries: AwarenessEntry[]): void {
    const { sockets, spectators, store } = this.host;
    const { accepted, denied, behind } = applyAwareness(entries, att.clients, att.identity, (clientId) => {
      const owner = sockets.ownerOf(att.doc, clientId, ws);
      if (!owner) return this.host.ghostOwner(att.doc, clientId) ?? this.#offlineOwner(att, clientId);
      const ownerAtt = sockets.get(owner);
      return {
        userId: ownerAtt.identity.userId,
        clock: ownerAtt.clients[String(clientId)].clock,
        release: (id) => {
          delete ownerAtt.clients[String(id)];
          sockets.save(owner, ownerAtt);
        },
      };
    });
    sockets.save(ws, att);
    if (denied) send(ws, permissionDeniedFrame(denied));
    if (behind.length > 0) send(ws, awarenessFrame(writeAwarenessUpdate(behind)));
    if (accepted.length > 0) spectators.relay(att.doc, accepted, att.identity.role);
    // Announcing a client id claims it for writing too, before anyone else can write with it.
    store.owners.claim(att.doc, accepted.filter((e) => e.state !== null).map((e) => e.clientId), att.identity.userId);
  }

  /** A client id nobody has a socket for: still someone else's if they wrote with it (their relays are dropped silently). */
  #offlineOwner(att: Attachment, clientId: number): Owner | undefined {
    const userId = this.host.store.owners.owner(att.doc, clientId);
    return userId === undefined || userId === att.identity.userId ? undefined : { userId, clock: Infinity, release: () => {} };
  }
}
