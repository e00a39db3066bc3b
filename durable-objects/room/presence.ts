/**
 * Who is in the room, socket by socket: an arrival gets sync step 1 and the carets its role may
 * see; a departure, handled once (close and error events can both arrive), withdraws its carets,
 * and a user's leaving is audited when their last socket goes. The observers count in the state
 * doc follows spectators as they come and go. A socket whose pings stop (liveness.ts), or that is
 * lost (closed uncleanly), is shown to the others as reconnecting, and removed after a grace
 * period unless they come back; a clean close removes a participant at once.
 */
import * as Y from "yjs";
import { setMeta } from "../../contracts/room-state";
import type { NewRecordEvent } from "../../contracts/record";
import type { RoomConnect } from "../../contracts/room-rpc";
import { CLOSE, LIVENESS_CHECK_MS, RECONNECT_GRACE_MS, SYNC_STEP1, type DocName, type Identity } from "../../contracts/wire";
import { departures, markReconnecting, type Owner } from "./awareness";
import { awarenessFrame, syncFrame, writeAwarenessUpdate, type AwarenessEntry } from "./frames";
import { Ghosts } from "./ghosts";
import { liveness } from "./liveness";
import { ROOM } from "./origins";
import { send, type Attachment, type SocketTable } from "./sockets";
import { hidden, type Spectators } from "./spectators";

export interface PresenceHost {
  sockets: SocketTable;
  spectators: Spectators;
  doc(name: DocName): Y.Doc;
  /** A user left the room (their last socket closed). */
  left(who: { userId: string; name: string }): void;
  /** Puts an event on the interview's record. */
  record(event: NewRecordEvent, by?: Identity): void;
  /** Closes a socket as the room does (its departure handled first). */
  close(ws: WebSocket, code: number, reason: string, clean: boolean): void;
  /** When a socket last pinged, or null if it never did. */
  lastPing(ws: WebSocket): number | null;
  /** Asks for the next liveness check by `at` (the Room's `liveness` deadline). */
  checkBy(at: number): void;
}

export class Presence {
  /** Carets of lost connections, shown as reconnecting for a while (ghosts.ts). */
  readonly ghosts = new Ghosts();

  constructor(readonly host: PresenceHost) {}

  arrive(server: WebSocket, { identity, doc, inviteId }: RoomConnect): void {
    const { sockets, spectators } = this.host;
    if (!this.#present(identity.userId)) this.host.record({ kind: "join", userId: identity.userId, role: identity.role }, identity);
    sockets.accept(server, { identity, doc, inviteId, clients: {} });
    send(server, syncFrame(SYNC_STEP1, Y.encodeStateVector(this.host.doc(doc))));
    // Not the arriving user's own silent sockets: their carets are this person, coming back.
    const mine = new Set(sockets.of(`user:${identity.userId}`).flatMap((o) => (sockets.get(o).silentSince ? Object.keys(sockets.get(o).clients) : [])));
    const visible = spectators.visible();
    const lost = this.ghosts.of(doc, (g) => g.userId !== identity.userId && !hidden(identity.role, g.role, visible));
    const peers = [...spectators.awarenessFor(doc, identity.role).filter((e) => !mine.has(String(e.clientId))), ...lost];
    if (peers.length > 0) send(server, awarenessFrame(writeAwarenessUpdate(peers)));
    if (identity.role === "spectator") this.countObservers();
  }

  /**
   * A frame from a socket (which woke the room anyway): if it pings, liveness checks start (pings
   * themselves never wake the room; Duet's client pings before its first frame). Armed already: no write.
   */
  heard(ws: WebSocket): void {
    if (this.host.lastPing(ws) !== null) this.host.checkBy(Date.now() + LIVENESS_CHECK_MS);
  }

  /**
   * The liveness check (every LIVENESS_CHECK_MS while sockets are open): silent sockets shown as
   * reconnecting, returning ones shown as before, ones silent past the grace period closed as lost.
   * Lost connections' carets past their grace period removed. Writes nothing unless one of them
   * changed. Whether to check again: an open socket pings, or a lost one is still shown.
   */
  checkLiveness(now = Date.now()): boolean {
    const { sockets, spectators } = this.host;
    let pinging = false;
    for (const ws of sockets.of()) {
      const att = sockets.get(ws);
      const lastPing = this.host.lastPing(ws);
      if (att.left || lastPing === null) continue;
      const verdict = liveness(lastPing, att.silentSince, now);
      pinging ||= verdict !== "gone";
      if (verdict === "gone") {
        this.host.close(ws, CLOSE.SILENT, "no ping: the connection was lost", false);
      } else if (verdict === "silent" || verdict === "back") {
        const silent = verdict === "silent";
        const changed = markReconnecting(att.clients, silent);
        sockets.save(ws, { ...att, silentSince: silent ? now : undefined });
        if (changed.length > 0) spectators.relay(att.doc, changed, att.identity.role, ws);
      }
    }
    for (const g of this.ghosts.expire(now)) spectators.relay(g.doc, [{ clientId: g.clientId, clock: g.clock + 1, state: null }], g.role);
    return pinging || this.ghosts.size > 0;
  }

  /** `clean`: the socket was closed, not lost (a lost last socket is a drop on the record, not a leave). */
  leave(ws: WebSocket, clean = true): void {
    const { sockets, spectators } = this.host;
    const att = sockets.get(ws);
    if (att.left) return;
    sockets.save(ws, { ...att, clients: {}, left: true });
    const gone = clean ? departures(att.clients) : this.#linger(att);
    if (gone.length > 0) spectators.relay(att.doc, gone, att.identity.role, ws);
    if (att.identity.role === "spectator") this.countObservers();
    if (this.#present(att.identity.userId)) return;
    this.host.record({ kind: clean ? "leave" : "drop", userId: att.identity.userId });
    this.host.left(att.identity);
  }

  /**
   * A lost connection's carets stay, marked reconnecting, until RECONNECT_GRACE_MS after it went
   * quiet (ghosts.ts). Returns what to tell the others: the marks, and the departure of any state
   * the room no longer holds (too big to survive hibernation).
   */
  #linger(att: Attachment, now = Date.now()): AwarenessEntry[] {
    const clients = { ...att.clients };
    const told = markReconnecting(clients, true);
    for (const [id, s] of Object.entries(clients)) {
      const clientId = Number(id);
      if (s.state === null) told.push({ clientId, clock: s.clock + 1, state: null });
      else this.ghosts.add({ doc: att.doc, clientId, clock: s.clock, state: s.state, userId: att.identity.userId, role: att.identity.role, until: (att.silentSince ?? now) + RECONNECT_GRACE_MS });
    }
    if (this.ghosts.size > 0) this.host.checkBy(now + LIVENESS_CHECK_MS);
    return told;
  }

  /** A lost connection's client id, as an owner: its user may take it back on a new socket. */
  ghostOwner(doc: DocName, clientId: number): Owner | undefined {
    const g = this.ghosts.get(doc, clientId);
    return g && { userId: g.userId, clock: g.clock, release: () => this.ghosts.delete(doc, clientId) };
  }

  /** Whether the user has a socket here that has not left. */
  #present(userId: string): boolean {
    const { sockets } = this.host;
    return sockets.of(`user:${userId}`).some((o) => !sockets.get(o).left);
  }

  /** How many people are watching, for the candidate who may not see their carets. */
  countObservers(): void {
    setMeta(this.host.doc("state"), { observers: this.host.spectators.count() }, ROOM);
  }

  /** After a wake: each surviving socket is asked what it has that the room lacks (and told what it lacks). */
  resync(): void {
    const { sockets } = this.host;
    for (const ws of sockets.of()) send(ws, syncFrame(SYNC_STEP1, Y.encodeStateVector(this.host.doc(sockets.get(ws).doc))));
  }
}
