/**
 * Two reference Durable Objects for bench:memory, each reached at /<class>/<name> with a WebSocket:
 * `Empty` accepts the socket (hibernatable, as the Room does) and has no other code; `SqlRow` also
 * appends each message to a one-table SQLite database, the least storage a durable room can have;
 * `RoomStorageOnly` opens the Room's own storage (durable-objects/room/storage.ts) and nothing more.
 */
import { DurableObject } from "cloudflare:workers";
import { openStorage } from "../../../durable-objects/room/storage";

interface Env {
  EMPTY: DurableObjectNamespace;
  SQL_ROW: DurableObjectNamespace;
  ROOM_STORAGE: DurableObjectNamespace;
}

export class Empty extends DurableObject<Env> {
  fetch(): Response {
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketMessage(_ws: WebSocket, _message: string | ArrayBuffer): void {}
}

export class SqlRow extends Empty {
  webSocketMessage(_ws: WebSocket, message: string | ArrayBuffer): void {
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS log (seq INTEGER PRIMARY KEY, body BLOB)");
    this.ctx.storage.sql.exec("INSERT INTO log (body) VALUES (?)", message);
  }
}

/** The Room's storage opened as the Room opens it (schema migrated, each store reading its state), and nothing else. */
export class RoomStorageOnly extends Empty {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    void ctx.blockConcurrencyWhile(async () => void openStorage(ctx.storage, await ctx.storage.getAlarm()));
  }
}

export default {
  fetch(request: Request, env: Env): Response | Promise<Response> {
    const [, kind, name] = new URL(request.url).pathname.split("/");
    const ns = kind === "empty" ? env.EMPTY : kind === "sql-row" ? env.SQL_ROW : kind === "room-storage" ? env.ROOM_STORAGE : undefined;
    if (!ns || !name) return new Response("ok");
    return ns.get(ns.idFromName(name)).fetch(request);
  },
};
