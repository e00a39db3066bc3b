/**
 * Yjs cannot take back an edit, so a refused write leaves the writer's copy ahead of the room
 * for good: every later edit of that client id depends on the refused one. We remember such
 * client ids, per doc and per refused writer (in SQLite), and treat a socket of that writer whose
 * copy holds them as diverged: read-only until it reloads with a fresh copy. Otherwise the refused
 * edit would come back the moment the writer is allowed to write again (its next sync step 2
 * carries it).
 *
 * Keyed to the writer, not the client id alone: a spectator who sends a refused write under the
 * candidate's client id makes only the spectator's copy diverged, never the candidate's.
 *
 *   refused_clients(doc, client, user_id)   user_id '' = recorded before writers were kept (anyone);
 *                                           created by the Room's migrations (schema.ts)
 */
import * as Y from "yjs";

const LEGACY = "";

export class RefusedClients {
  readonly #sql: SqlStorage;
  /** doc → userId → client ids */
  readonly #ids = new Map<string, Map<string, Set<number>>>();

  constructor(sql: SqlStorage) {
    this.#sql = sql;
    for (const r of sql.exec<{ doc: string; client: number; user_id: string }>("SELECT doc, client, user_id FROM refused_clients")) {
      this.#set(r.doc, r.user_id).add(r.client);
    }
  }

  /** Records, for `userId`, the client ids of `structs` whose content the room does not have. */
  refuse(doc: string, userId: string, structs: Iterable<Y.Item | Y.GC>, room: Y.Doc): void {
    const ids = this.#set(doc, userId);
    for (const s of structs) {
      const client = s.id.client;
      if (ids.has(client) || s.id.clock + s.length <= Y.getState(room.store, client)) continue;
      ids.add(client);
      this.#sql.exec("INSERT OR IGNORE INTO refused_clients (doc, client, user_id) VALUES (?, ?, ?)", doc, client, userId);
    }
  }

  /** True when the state vector of `userId`'s copy shows it holds edits refused to that user. */
  holdsRefused(doc: string, userId: string, stateVector: Map<number, number>, room: Y.Doc): boolean {
    const mine = this.#ids.get(doc)?.get(userId);
    const legacy = this.#ids.get(doc)?.get(LEGACY);
    if (!mine && !legacy) return false;
    for (const [client, clock] of stateVector) {
      if ((mine?.has(client) || legacy?.has(client)) && clock > Y.getState(room.store, client)) return true;
    }
    return false;
  }

  #set(doc: string, userId: string): Set<number> {
    let byUser = this.#ids.get(doc);
    if (!byUser) this.#ids.set(doc, (byUser = new Map()));
    let s = byUser.get(userId);
    if (!s) byUser.set(userId, (s = new Set()));
    return s;
  }
}
