import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, createRoom, join, staffedRoom, tokenOf } from "./api";
import { pathTo, ROUTES } from "../../contracts/routes";

describe("rooms and links", () => {
  it("creating a room returns three signed links; joining asks only for a name", async () => {
    const room = await createRoom({ title: "Two Sum", ttlHours: 2 });
    expect(room.roomId).toMatch(/^[a-f0-9]{16}$/);
    for (const role of ["interviewer", "candidate", "spectator"] as const) {
      expect(room.links[role]).toMatch(new RegExp(`^http://duet.test/r/${room.roomId}#token=[\\w-]+\\.[\\w-]+$`));
    }
    expect(room.expiresAt).toBeGreaterThan(Date.now() + 3600_000);
    const joined = await join(room, "candidate", "Cam");
    expect(joined.identity).toMatchObject({ name: "Cam", role: "candidate" });
    expect(joined.room).toMatchObject({ id: room.roomId, title: "Two Sum" });
    const info = await call(pathTo(ROUTES.room, { roomId: room.roomId }), { token: joined.token });
    expect(await info.json()).toMatchObject({ room: { id: room.roomId }, identity: { name: "Cam", role: "candidate" } });
  });

  it("bad bodies get 400/413 JSON errors and create nothing", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM rooms").first<{ n: number }>();
    const cases: [Parameters<typeof call>[1], number, RegExp][] = [
      [{ body: { title: "x".repeat(121) } }, 400, /title/],
      [{ body: { title: "ok", ttlHours: 0 } }, 400, /ttlHours/],
      [{ body: { title: "ok", admin: true } }, 400, /admin|unrecognized/i],
      [{ rawBody: "{not json" }, 400, /not valid JSON/],
      [{ rawBody: JSON.stringify({ title: "x".repeat(20_000) }) }, 413, /16 KiB/],
    ];
    for (const [init, status, message] of cases) {
      const res = await call(pathTo(ROUTES.createRoom), init);
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message).toMatch(message);
    }
    const after = await env.DB.prepare("SELECT COUNT(*) AS n FROM rooms").first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it("joining needs a non-empty name and an invite token (not a session token)", async () => {
    const { room, candidate } = await staffedRoom();
    const noName = await call(pathTo(ROUTES.join, { roomId: room.roomId }), { token: tokenOf(room.links.candidate), body: { name: "  " } });
    expect(noName.status).toBe(400);
    const withSession = await call(pathTo(ROUTES.join, { roomId: room.roomId }), { token: candidate.token, body: { name: "x" } });
    expect(withSession.status).toBe(401);
    const withInviteAsSession = await call(pathTo(ROUTES.chat, { roomId: room.roomId }), { token: tokenOf(room.links.candidate), body: { text: "hi" } });
    expect(withInviteAsSession.status).toBe(401);
    // The join page reads the room (its recording notice) with the invite, as nobody yet.
    const preview = await call(pathTo(ROUTES.room, { roomId: room.roomId }), { token: tokenOf(room.links.candidate) });
    expect(((await preview.json()) as { identity: unknown }).identity).toBeNull();
  });

  it("interviewer-only commands refuse candidates and spectators", async () => {
    const { room, candidate, spectator, interviewer } = await staffedRoom();
    for (const who of [candidate, spectator]) {
      for (const [route, body] of [["setReadOnly", { candidateReadOnly: true }], ["end", undefined], ["extend", { hours: 1 }], ["createInvite", { role: "candidate" }]] as const) {
        const res = await call(pathTo(ROUTES[route], { roomId: room.roomId }), { token: who.token, method: "POST", body });
        expect(res.status, `${who.identity.role} ${route}`).toBe(403);
      }
    }
    const list = await call(pathTo(ROUTES.invites, { roomId: room.roomId }), { token: interviewer.token });
    expect(((await list.json()) as { invites: unknown[] }).invites).toHaveLength(3);
  });

  it("extending moves expiry forward, up to the 7-day cap", async () => {
    const { room, interviewer } = await staffedRoom();
    const res = await call(pathTo(ROUTES.extend, { roomId: room.roomId }), { token: interviewer.token, body: { hours: 5 } });
    const { expiresAt } = (await res.json()) as { expiresAt: number };
    expect(expiresAt).toBeGreaterThan(room.expiresAt + 4 * 3600_000);
    await call(pathTo(ROUTES.extend, { roomId: room.roomId }), { token: interviewer.token, body: { hours: 168 } });
    const capped = await call(pathTo(ROUTES.extend, { roomId: room.roomId }), { token: interviewer.token, body: { hours: 1 } });
    expect(capped.status).toBe(409);
  });
});
