/**
 * Who may write with a Yjs client id: the first user who wrote with it (or announced it in
 * awareness), per doc, in the Room's SQLite:
 *
 *   client_owners(doc, client, user_id)   first claim wins; never changes afterwards
 *
 * A write whose new structs carry a client id another user owns is refused, so nobody can edit
 * in someone else's name (the log attributes every update to its socket's user) or poison a
 * client id that someone else's copy will come back with. The room's own writes claim their
 * client ids as "server". Rooms from before this table got it from their log, first writer first
 * (the Room's migrations, schema.ts).
 */
export const SERVER_USER = "server";

export class ClientOwners {
  readonly #sql: SqlStorage;
  readonly #owners = new Map<string, Map<number, string>>();

  constructor(sql: SqlStorage) {
    this.#sql = sql;
    for (const r of sql.exec<{ doc: string; client: number; user_id: string }>("SELECT doc, client, user_id FROM client_owners")) {
      this.#of(r.doc).set(r.client, r.user_id);
    }
  }

  owner(doc: string, client: number): string | undefined {
    return this.#of(doc).get(client);
  }

  /** The first of `clients` that belongs to someone other than `userId`, if any. */
  foreign(doc: string, clients: Iterable<number>, userId: string): number | undefined {
    const owners = this.#of(doc);
    for (const c of clients) {
      const owner = owners.get(c);
      if (owner !== undefined && owner !== userId) return c;
    }
    return undefined;
  }

  /** Gives `userId` the clients nobody owns yet. */
  claim(doc: string, clients: Iterable<number>, userId: string): void {
    const owners = this.#of(doc);
    for (const c of clients) {
      if (owners.has(c)) continue;
      owners.set(c, userId);
      this.#sql.exec("INSERT OR IGNORE INTO client_owners (doc, client, user_id) VALUES (?, ?, ?)", doc, c, userId);
    }
  }

  #of(doc: string): Map<number, string> {
    let m = this.#owners.get(doc);
    if (!m) this.#owners.set(doc, (m = new Map()));
    return m;
  }
}
