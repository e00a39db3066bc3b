/**
 * Spectators (a hiring panel, an interviewer shadowing) watch without getting in the candidate's
 * way: their awareness (carets, names) reaches candidate sockets only when the interviewer allows
 * it (the room's `spectatorsVisible` setting, off by default). A candidate is never left unaware
 * of being watched: the state doc's meta says how many observers are present, one per person
 * however many sockets they have. Interviewers and spectators always see everyone.
 */
import { DOC_NAMES, type DocName, type Role } from "../../contracts/wire";
import { awarenessFrame, writeAwarenessUpdate, type AwarenessEntry } from "./frames";
import type { Attachment, SocketTable } from "./sockets";

/** Whether a socket of `viewer` is kept from the awareness of a socket of `author`. */
export function hidden(viewer: Role, author: Role, spectatorsVisible: boolean): boolean {
  return viewer === "candidate" && author === "spectator" && !spectatorsVisible;
}

/** Distinct spectator users among sockets still open (a person with three tabs is one observer). */
export function observerCount(sockets: Iterable<Attachment>): number {
  const users = new Set<string>();
  for (const att of sockets) if (att.identity.role === "spectator" && !att.left) users.add(att.identity.userId);
  return users.size;
}

export class Spectators {
  constructor(readonly sockets: SocketTable, readonly visible: () => boolean) {}

  /** The awareness states of `doc` that a socket of `viewer` may receive. */
  awarenessFor(doc: DocName, viewer: Role): AwarenessEntry[] {
    return this.sockets.awarenessOf(doc, (author) => !hidden(viewer, author.identity.role, this.visible()));
  }

  /** Sends `author`'s awareness entries to every socket of `doc` allowed to see them. */
  relay(doc: DocName, entries: AwarenessEntry[], author: Role, except?: WebSocket): void {
    const visible = this.visible();
    const to = author === "spectator" && !visible ? (viewer: Attachment) => !hidden(viewer.identity.role, author, visible) : undefined;
    this.sockets.broadcast(doc, awarenessFrame(writeAwarenessUpdate(entries)), except, to);
  }

  /**
   * The interviewer switched the setting: candidates get the spectators' current states, or see
   * them leave (a null state at the same clock removes it in y-protocols). A spectator shown again
   * after being hidden appears at its next change: its clock did not move, and a peer only takes
   * a state newer than the one it dropped (clients renew theirs every 15 s).
   */
  switched(visible: boolean): void {
    for (const doc of DOC_NAMES) {
      const entries = this.sockets.awarenessOf(doc, (att) => att.identity.role === "spectator");
      if (entries.length === 0) continue;
      const sent = visible ? entries : entries.map((e) => ({ ...e, state: null }));
      this.sockets.broadcast(doc, awarenessFrame(writeAwarenessUpdate(sent)), undefined, (att) => att.identity.role === "candidate");
    }
  }

  count(): number {
    return observerCount(this.sockets.of().map((ws) => this.sockets.get(ws)));
  }
}
