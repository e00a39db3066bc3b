import { afterEach, describe, expect, inject, it, vi } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { createRoom, joinAs } from "../../scripts/lib/room-api.mjs";
import { pathTo, ROUTES, roomSocketBase } from "../../contracts/routes";

const http = inject("baseUrl");
const base = http.replace(/^http/, "ws");
const providers: WebsocketProvider[] = [];

type Role = "interviewer" | "candidate" | "spectator";
interface Joined { token: string; identity: { userId: string; name: string } }

/** A room made through the API, and a way to join it: every socket below carries a real session token. */
async function room() {
  const created = (await createRoom(http, { title: "Node" })) as { roomId: string };
  return { id: created.roomId, join: (role: Role, name: string): Promise<Joined> => joinAs(http, created, role, name) };
}

/** A stock y-websocket provider, exactly as a Yjs editor binding would create one. */
function connect(roomId: string, doc: Y.Doc, token: string): WebsocketProvider {
  const p = new WebsocketProvider(`${base}${roomSocketBase(roomId)}`, "code", doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
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

/** The HTTP status a raw WebSocket handshake gets (101 when it opens). */
function handshake(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.on("open", () => (ws.close(), resolve(101)));
    ws.on("unexpected-response", (_req, res) => (resolve(res.statusCode ?? 0), ws.terminate()));
    ws.on("error", reject);
  });
}

afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
});

describe("stock y-websocket WebsocketProvider against wrangler dev", () => {
  it("connects, syncs, sees a peer's edits and awareness", async () => {
    const r = await room();
    const [ada, bo] = await Promise.all([r.join("candidate", "Ada"), r.join("interviewer", "Bo")]);
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = connect(r.id, a, ada.token);
    const pb = connect(r.id, b, bo.token);
    await until(() => pa.synced && pb.synced, "both synced");
    a.getText("code:python").insert(0, "def solve():\n    return 42\n");
    await until(() => b.getText("code:python").toString().includes("return 42"), "b sees a's edit");
    // A field Duet does not render passes as it is (`cursor`/`selection` must be real Yjs positions)
    pa.awareness.setLocalStateField("status", { typing: true });
    await until(() => pb.awareness.getStates().get(a.clientID)?.status?.typing === true, "b sees a's awareness");
    expect(pb.awareness.getStates().get(a.clientID)?.user).toMatchObject({ name: "Ada", userId: ada.identity.userId });
  });

  it("a late joiner gets the full document, and edits survive everyone leaving", async () => {
    const r = await room();
    const { token } = await r.join("candidate", "Cam");
    const a = new Y.Doc();
    const pa = connect(r.id, a, token);
    await until(() => pa.synced, "synced");
    for (let i = 0; i < 100; i++) a.getText("code:python").insert(a.getText("code:python").length, `line ${i}\n`);
    const late = new Y.Doc();
    const pl = connect(r.id, late, token);
    await until(() => pl.synced && late.getText("code:python").length === a.getText("code:python").length, "late joiner");
    pa.destroy();
    pl.destroy();
    const again = new Y.Doc();
    const pg = connect(r.id, again, token);
    await until(() => pg.synced && again.getText("code:python").toString() === a.getText("code:python").toString(), "reloaded");
  });

  it("a spectator provider is told its writes are refused and stays in sync", async () => {
    const r = await room();
    const [cam, sam] = await Promise.all([r.join("candidate", "Cam"), r.join("spectator", "Sam")]);
    const writer = new Y.Doc();
    const watcher = new Y.Doc();
    const pw = connect(r.id, writer, cam.token);
    const ps = connect(r.id, watcher, sam.token);
    await until(() => pw.synced && ps.synced, "synced");
    // y-websocket reports the server's permission-denied message through console.warn
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const before = writer.getText("code:python").toString();
    watcher.getText("code:python").insert(0, "forged ");
    await until(() => warn.mock.calls.some((c) => /Permission denied[\s\S]*read-only/.test(String(c[0]))), "denied");
    writer.getText("code:python").insert(0, "real");
    await until(() => watcher.getText("code:python").toString().includes("real"), "spectator still receives edits");
    await new Promise((r) => setTimeout(r, 200));
    expect(writer.getText("code:python").toString()).toBe(`real${before}`);
    expect(ps.wsconnected).toBe(true);
    warn.mockRestore();
  });

  it("identity comes from the token: a claimed awareness name is replaced", async () => {
    const r = await room();
    const [ivy, cam] = await Promise.all([r.join("interviewer", "Ivy"), r.join("candidate", "Cam")]);
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = connect(r.id, a, ivy.token);
    const pb = connect(r.id, b, cam.token);
    await until(() => pa.synced && pb.synced, "synced with tokens");
    b.getText("code:python").insert(0, "x = 1\n"); // above the starter template the room begins with
    await until(() => a.getText("code:python").toString().startsWith("x = 1\n"), "interviewer sees candidate");
    pb.awareness.setLocalStateField("user", { name: "Not Cam" });
    await until(() => pa.awareness.getStates().get(b.clientID)?.user?.name === "Cam", "name from the token");
  });
});

describe("the attacker's sockets against wrangler dev", () => {
  it("no token, an empty token or ?role=interviewer&user=… is 401; a cross-origin page is 403; the same client with a token and no Origin is in", async () => {
    const r = await room();
    const ivy = await r.join("interviewer", "Ivy");
    const url = `${base}${pathTo(ROUTES.roomSocket, { roomId: r.id, doc: "private" })}`;
    expect(await handshake(url)).toBe(401);
    expect(await handshake(`${url}?token=`)).toBe(401);
    expect(await handshake(`${url}?role=interviewer&user=${ivy.identity.userId}&name=Ivy`)).toBe(401);
    expect(await handshake(`${url}?token=${ivy.token}`, "https://attacker.example")).toBe(403);
    expect(await handshake(`${url}?token=${ivy.token}`, http)).toBe(101);
    expect(await handshake(`${url}?token=${ivy.token}`)).toBe(101);
  });
});
