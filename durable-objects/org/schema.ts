/**
 * The organisation object's own SQLite, versioned like the Room's (durable-objects/room/schema.ts,
 * whose `migrate` runs these): append a migration, never edit one that has shipped.
 *
 *   org(id = 1, org_id)                                   which organisation this object serves
 *   attempts(delivery_id, n, at, http_status, error, duration_ms)   every POST of every delivery
 *
 * The deliveries themselves (status, next attempt) are in D1 (data/webhooks.ts), where the
 * Worker reads the log; each attempt's detail is kept here, beside the code that makes it.
 */
import type { Migration } from "../room/schema";

export const ORG_EVENTS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    what: "the organisation's id, and the attempt history of its webhook deliveries",
    up({ sql }) {
      sql.exec("CREATE TABLE org (id INTEGER PRIMARY KEY CHECK (id = 1), org_id TEXT NOT NULL)");
      sql.exec(`CREATE TABLE attempts (
        delivery_id TEXT NOT NULL, n INTEGER NOT NULL, at INTEGER NOT NULL,
        http_status INTEGER, error TEXT, duration_ms INTEGER NOT NULL,
        PRIMARY KEY (delivery_id, n))`);
    },
  },
];
