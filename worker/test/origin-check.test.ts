/**
 * Origin checks (worker/middleware/origin-check.ts): a page on another site cannot open a room's
 * socket or send a command with a visitor's browser; same-origin pages and clients that send no
 * Origin (stock Node y-websocket) are unaffected.
 */
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { BASE, call, type createRoom, staffedRoom } from "./api";
import { PRODUCTION, fetchWith } from "./with-vars";
import { pathTo, ROUTES } from "../../contracts/routes";

const EVIL = "https://evil.example";
const upgrade = (roomId: string, token: string, headers: Record<string, string> = {}, vars = {}) =>
  fetchWith(vars, `${BASE}${pathTo(ROUTES.roomSocket, { roomId, doc: "code" })}?token=${token}`, { headers: { Upgrade: "websocket", ...headers } });
const socketsIn = (roomId: string) => runInDurableObject(env.ROOM.get(env.ROOM.idFromName(roomId)), (_room, state) => state.getWebSockets().length);

describe("WebSocket upgrades", () => {
  it("a cross-origin upgrade is refused with 403 before the room sees it", async () => {
    const { room, candidate } = await staffedRoom();
    for (const origin of [EVIL, "null", "http://duet.test.evil.example", "http://localhost:1"]) {
      const res = await upgrade(room.roomId, candidate.token, { Origin: origin });
      expect(res.status, origin).toBe(403);
      expect(res.webSocket).toBeNull();
      expect(await res.json()).toMatchObject({ error: { code: "forbidden" } });
    }
    expect(await socketsIn(room.roomId)).toBe(0);
  });

  it("same-origin, loopback-on-the-same-port and Origin-less upgrades are allowed", async () => {
    const { room, candidate } = await staffedRoom();
    const res = await upgrade(room.roomId, candidate.token, {});
    expect(res.status).toBe(101);
    res.webSocket!.accept();
    res.webSocket!.close(1000);
    const same = await fetchWith({}, `http://127.0.0.1:8787${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" })}?token=${candidate.token}`, {
      headers: { Upgrade: "websocket", Origin: "http://127.0.0.1:8787" },
    });
    expect(same.status).toBe(101);
    same.webSocket!.accept();
    same.webSocket!.close(1000);
    const local = await fetchWith({}, `http://127.0.0.1:8787${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" })}?token=${candidate.token}`, {
      headers: { Upgrade: "websocket", Origin: "http://localhost:8787" },
    });
    expect(local.status).toBe(101);
    local.webSocket!.accept();
    local.webSocket!.close(1000);
  });

  it("with PUBLIC_ORIGIN set, only its origins are allowed (not the Host the client sent)", async () => {
    const { room, candidate } = await staffedRoom();
    const vars = { PUBLIC_ORIGIN: "https://duet.example, https://panel.example" };
    expect((await upgrade(room.roomId, candidate.token, { Origin: BASE }, vars)).status).toBe(403);
    const ok = await upgrade(room.roomId, candidate.token, { Origin: "https://panel.example" }, vars);
    expect(ok.status).toBe(101);
    ok.webSocket!.accept();
    ok.webSocket!.close(1000);
  });
});

describe("commands", () => {
  it("a cross-origin or cross-site POST is refused and changes nothing", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM rooms").first<{ n: number }>();
    const evil = await fetchWith({}, `${BASE}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}", headers: { Origin: EVIL } });
    expect(evil.status).toBe(403);
    const crossSite = await fetchWith({}, `${BASE}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}", headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(crossSite.status).toBe(403);
    const after = await env.DB.prepare("SELECT COUNT(*) AS n FROM rooms").first<{ n: number }>();
    expect(after!.n).toBe(before!.n);

    const { room, candidate } = await staffedRoom();
    const chat = await fetchWith({}, `${BASE}${pathTo(ROUTES.chat, { roomId: room.roomId })}`, {
      method: "POST", body: JSON.stringify({ text: "hi" }), headers: { Origin: EVIL, Authorization: `Bearer ${candidate.token}` },
    });
    expect(chat.status).toBe(403);
  });

  it("DNS rebinding: a page whose own name points at the local server is not same-origin with it (outside production, only loopback origins)", async () => {
    const { room, candidate } = await staffedRoom();
    const rebound = "http://rebind.example:8787";
    const ws = await fetchWith({}, `${rebound}${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" })}?token=${candidate.token}`, { headers: { Upgrade: "websocket", Origin: rebound } });
    expect(ws.status).toBe(403);
    const post = await fetchWith({}, `${rebound}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}", headers: { Origin: rebound, "Sec-Fetch-Site": "same-origin" } });
    expect(post.status).toBe(403);
  });

  it("same-origin and Origin-less POSTs pass; reads are not origin-checked", async () => {
    const local = "http://localhost:8787";
    expect((await fetchWith({}, `${local}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}", headers: { Origin: local, "Sec-Fetch-Site": "same-origin" } })).status).toBe(201);
    expect((await call(pathTo(ROUTES.createRoom), { body: {} })).status).toBe(201);
    expect((await fetchWith({}, `${BASE}${pathTo(ROUTES.problems)}`, { headers: { Origin: EVIL } })).status).toBe(200);
  });
});

describe("PUBLIC_ORIGIN", () => {
  it("production refuses to serve without it, with a clear 500", async () => {
    const res = await fetchWith({ ...PRODUCTION, PUBLIC_ORIGIN: "" }, `${BASE}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}" });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { code: "internal", message: expect.stringMatching(/PUBLIC_ORIGIN is not configured/) } });
  });

  it("a malformed entry is a configuration error, not an open door", async () => {
    const res = await fetchWith({ PUBLIC_ORIGIN: "duet.example" }, `${BASE}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}" });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { message: expect.stringMatching(/not an origin/) } });
  });

  it("invite links point at the first configured origin", async () => {
    const res = await fetchWith({ PUBLIC_ORIGIN: "https://duet.example/,https://other.example" }, `${BASE}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}" });
    const { roomId, links } = (await res.json()) as Awaited<ReturnType<typeof createRoom>>;
    expect(links.candidate.startsWith(`https://duet.example/r/${roomId}#token=`)).toBe(true);
  });
});
