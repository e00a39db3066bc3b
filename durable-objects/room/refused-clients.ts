/**
 * Yjs cannot take back an edit, so a refused write leaves the writer's copy ahead of the room
 * for good: every later edit of that client id depends on the refused one. We remember such
 * client ids (per doc, in SQLite) and treat any socket whose copy holds their refused edits as
 * diverged: read-only until it reloads with a fresh copy. Otherwise the refused edit would come
 * back the moment the writer is allowed to write again (its next sync step 2 carries it).
 */
import * as Y from "yjs";

export class RefusedClients {
  readonly #sql: SqlStorage;
  readonly #ids = new Map<string, Set<number>>();

  constructor(sql: SqlStorage) {
    this.#sql = sql;
    sql.exec("CREATE TABLE IF NOT EXISTS refused_clients (doc TEXT NOT NULL, client INTEGER NOT NULL, PRIMARY KEY (doc, client))");
    for (const r of sql.exec<{ doc: string; client: number }>("SELECT doc, client FROM refused_clients")) this.#set(r.doc).add(r.client);
  }

  /** Records the client ids whose content in `update` the room does not have. */
  refuse(doc: string, update: Uint8Array, room: Y.Doc): void {
    const { to } = Y.parseUpdateMeta(update);
    for (const [client, clock] of to) {
      if (clock > Y.getState(room.store, client) && !this.#set(doc).has(client)) {
        this.#set(doc).add(client);
        this.#sql.exec("INSERT OR IGNORE INTO refused_clients (doc, client) VALUES (?, ?)", doc, client);
      }
    }
  }

  /** True when a peer's state vector shows it holds refused edits. */
  holdsRefused(doc: string, stateVector: Uint8Array, room: Y.Doc): boolean {
    const refused = this.#ids.get(doc);
    if (!refused) return false;
    for (const [client, clock] of Y.decodeStateVector(stateVector)) {
      if (refused.has(client) && clock > Y.getState(room.store, client)) return true;
    }
    return false;
  }

  #set(doc: string): Set<number> {
    let s = this.#ids.get(doc);
    if (!s) this.#ids.set(doc, (s = new Set()));
    return s;
  }
}
