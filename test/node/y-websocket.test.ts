import { afterEach, describe, expect, inject, it, vi } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

const base = inject("baseUrl").replace(/^http/, "ws");
const providers: WebsocketProvider[] = [];

/** A stock y-websocket provider, exactly as a Yjs editor binding would create one. */
function connect(room: string, doc: Y.Doc, params: Record<string, string> = {}): WebsocketProvider {
  const p = new WebsocketProvider(`${base}/api/rooms/${room}`, "code", doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { role: "candidate", ...params },
    disableBc: true,
  });
  providers.push(p);
  return p;
}

function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const tick = () => (check() ? resolve() : Date.now() > deadline ? reject(new Error(`timed out: ${what}`)) : setTimeout(tick, 10));
    tick();
  });
}

afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
});

describe("stock y-websocket WebsocketProvider against wrangler dev", () => {
  it("connects, syncs, sees a peer's edits and awareness", async () => {
    const room = `node-${crypto.randomUUID().slice(0, 8)}`;
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = connect(room, a, { name: "Ada", user: "u-ada" });
    const pb = connect(room, b, { name: "Bo", user: "u-bo" });
    await until(() => pa.synced && pb.synced, "both synced");
    a.getText("code:python").insert(0, "def solve():\n    return 42\n");
    await until(() => b.getText("code:python").toString().includes("return 42"), "b sees a's edit");
    pa.awareness.setLocalStateField("cursor", { line: 2 });
    await until(() => pb.awareness.getStates().get(a.clientID)?.cursor?.line === 2, "b sees a's cursor");
    expect(pb.awareness.getStates().get(a.clientID)?.user).toMatchObject({ name: "Ada", userId: "u-ada" });
  });

  it("a late joiner gets the full document, and edits survive everyone leaving", async () => {
    const room = `node-${crypto.randomUUID().slice(0, 8)}`;
    const a = new Y.Doc();
    const pa = connect(room, a);
    await until(() => pa.synced, "synced");
    for (let i = 0; i < 100; i++) a.getText("code:python").insert(a.getText("code:python").length, `line ${i}\n`);
    const late = new Y.Doc();
    const pl = connect(room, late);
    await until(() => pl.synced && late.getText("code:python").length === a.getText("code:python").length, "late joiner");
    pa.destroy();
    pl.destroy();
    const again = new Y.Doc();
    const pg = connect(room, again);
    await until(() => pg.synced && again.getText("code:python").toString() === a.getText("code:python").toString(), "reloaded");
  });

  it("a spectator provider is told its writes are refused and stays in sync", async () => {
    const room = `node-${crypto.randomUUID().slice(0, 8)}`;
    const writer = new Y.Doc();
    const watcher = new Y.Doc();
    const pw = connect(room, writer);
    const ps = connect(room, watcher, { role: "spectator" });
    await until(() => pw.synced && ps.synced, "synced");
    // y-websocket reports the server's permission-denied message through console.warn
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    watcher.getText("code:python").insert(0, "forged ");
    await until(() => warn.mock.calls.some((c) => /Permission denied[\s\S]*read-only/.test(String(c[0]))), "denied");
    writer.getText("code:python").insert(0, "real");
    await until(() => watcher.getText("code:python").toString().includes("real"), "spectator still receives edits");
    await new Promise((r) => setTimeout(r, 200));
    expect(writer.getText("code:python").toString()).toBe("real");
    expect(ps.wsconnected).toBe(true);
    warn.mockRestore();
  });
});

describe("invite links against wrangler dev", () => {
  it("create a room, join by link, and sync with the session token as y-websocket's param", async () => {
    const http = inject("baseUrl");
    const created = (await (await fetch(`${http}/api/rooms`, { method: "POST", body: JSON.stringify({ title: "Node" }) })).json()) as { roomId: string; links: Record<string, string> };
    const token = (link: string) => new URL(link).hash.slice("#token=".length);
    const join = async (role: "interviewer" | "candidate", name: string) =>
      (await (await fetch(`${http}/api/rooms/${created.roomId}/join`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token(created.links[role])}` },
        body: JSON.stringify({ name }),
      })).json()) as { token: string };
    const ivy = await join("interviewer", "Ivy");
    const cam = await join("candidate", "Cam");
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = new WebsocketProvider(`${base}/api/rooms/${created.roomId}`, "code", a, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, params: { token: ivy.token }, disableBc: true,
    });
    const pb = new WebsocketProvider(`${base}/api/rooms/${created.roomId}`, "code", b, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, params: { token: cam.token }, disableBc: true,
    });
    providers.push(pa, pb);
    await until(() => pa.synced && pb.synced, "synced with tokens");
    b.getText("code:python").insert(0, "x = 1\n"); // above the starter template the room begins with
    await until(() => a.getText("code:python").toString().startsWith("x = 1\n"), "interviewer sees candidate");
    pb.awareness.setLocalStateField("user", { name: "Not Cam" });
    await until(() => pa.awareness.getStates().get(b.clientID)?.user?.name === "Cam", "name from the token");
  });
});
