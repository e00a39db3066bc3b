/**
 * Who is in the room, socket by socket: an arrival gets sync step 1 and the carets its role may
 * see; a departure, handled once (close and error events can both arrive), withdraws its carets,
 * and a user's leaving is audited when their last socket goes. The observers count in the state
 * doc follows spectators as they come and go.
 */
import * as Y from "yjs";
import { setMeta } from "../../contracts/room-state";
import type { RoomConnect } from "../../contracts/room-rpc";
import { SYNC_STEP1, type DocName } from "../../contracts/wire";
import { departures } from "./awareness";
import { awarenessFrame, syncFrame, writeAwarenessUpdate } from "./frames";
import { ROOM } from "./origins";
import { send, type SocketTable } from "./sockets";
import type { Spectators } from "./spectators";

export interface PresenceHost {
  sockets: SocketTable;
  spectators: Spectators;
  doc(name: DocName): Y.Doc;
  /** A user left the room (their last socket closed). */
  left(who: { userId: string; name: string }): void;
}

export class Presence {
  constructor(readonly host: PresenceHost) {}

  arrive(server: WebSocket, { identity, doc, inviteId }: RoomConnect): void {
    const { sockets, spectators } = this.host;
    sockets.accept(server, { identity, doc, inviteId, clients: {} });
    send(server, syncFrame(SYNC_STEP1, Y.encodeStateVector(this.host.doc(doc))));
    const peers = spectators.awarenessFor(doc, identity.role);
    if (peers.length > 0) send(server, awarenessFrame(writeAwarenessUpdate(peers)));
    if (identity.role === "spectator") this.countObservers();
  }

  leave(ws: WebSocket): void {
    const { sockets, spectators } = this.host;
    const att = sockets.get(ws);
    if (att.left) return;
    sockets.save(ws, { ...att, clients: {}, left: true });
    const gone = departures(att.clients);
    if (gone.length > 0) spectators.relay(att.doc, gone, att.identity.role, ws);
    if (att.identity.role === "spectator") this.countObservers();
    const stillHere = sockets.of(`user:${att.identity.userId}`).some((o) => o !== ws && !sockets.get(o).left);
    if (!stillHere) this.host.left(att.identity);
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
