/**
 * Per-client limits key on an address the client cannot choose: Cloudflare's CF-Connecting-IP in
 * production, and outside production one bucket for every client (wrangler dev passes a client's
 * own CF-Connecting-IP through, so keying on it would let a client pick a fresh bucket).
 */
import { describe, expect, it } from "vitest";
import { staffedRoom } from "./api";
import { PRODUCTION, fetchWith } from "./with-vars";
import { pathTo, ROUTES } from "../../contracts/routes";

const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 6)}`;
const create = (vars: object, ip?: string) =>
  fetchWith(vars, `http://duet.test${pathTo(ROUTES.createRoom)}`, { method: "POST", body: "{}", headers: ip ? { "CF-Connecting-IP": ip } : {} });

describe("rate limits", () => {
  it("production: room creation attempts are limited per Cloudflare address, before anything else, with Retry-After; another address has its own bucket", async () => {
    // Production creates no anonymous rooms (room-creation.test.ts): each attempt is refused 401,
    // and still counts, so a client cannot probe without end.
    const vars = { ...PRODUCTION, RATE_ROOM_CREATES_PER_MINUTE: "3" };
    const ip = address();
    for (let i = 0; i < 3; i++) expect((await create(vars, ip)).status).toBe(401);
    const limited = await create(vars, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await create(vars, address())).status).toBe(401);
  });

  it("production: WebSocket connects are limited per Cloudflare address", async () => {
    const { room, candidate } = await staffedRoom();
    const vars = { ...PRODUCTION, RATE_SOCKET_CONNECTS_PER_MINUTE: "3" };
    const ip = address();
    const connect = () =>
      fetchWith(vars, `http://duet.test${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" })}?token=${candidate.token}`, { headers: { Upgrade: "websocket", "CF-Connecting-IP": ip } });
    const sockets: WebSocket[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await connect();
      expect(res.status).toBe(101);
      res.webSocket!.accept();
      sockets.push(res.webSocket!);
    }
    const limited = await connect();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
    for (const ws of sockets) ws.close(1000);
  });

  it("production: sign-ins (a new account each here) are limited per Cloudflare address: a script cannot mint accounts without end", async () => {
    const vars = { ...PRODUCTION, AUTH_SECRET: "test-only-auth-secret-0123456789abcdef", RATE_SIGN_INS_PER_MINUTE: "2" };
    const ip = address();
    const start = () => fetchWith(vars, "https://duet.example/api/auth/account/start", {
      method: "POST", body: JSON.stringify({ name: "Bot" }), headers: { "Content-Type": "application/json", Origin: "https://duet.example", "CF-Connecting-IP": ip },
    });
    expect((await start()).status).toBe(200);
    expect((await start()).status).toBe(200);
    const limited = await start();
    expect(limited.status).toBe(429);
    expect(limited.headers.getSetCookie()).toEqual([]);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/sign-in/) } });
  });

  it("outside production a spoofed CF-Connecting-IP gets no fresh bucket: all local clients share one", async () => {
    // The suite shares this bucket, so its count may already be past 2: whatever it was, five
    // requests from five "different" addresses cannot all pass a limit of 2 (even across one
    // window reset).
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await create({ RATE_ROOM_CREATES_PER_MINUTE: "2" }, address())).status);
    expect(statuses).toContain(429);
    expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
  });
});
