import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CLOSE } from "../../contracts/wire";
import { TestClient, until } from "../../test/workerd/room-client";
import { signToken, verifyToken } from "../auth/tokens";
import { call, createRoom, staffedRoom } from "./api";
import { PRODUCTION, fetchWith } from "./with-vars";
import { pathTo, ROUTES } from "../../contracts/routes";

const SECRET = (env as unknown as { TOKEN_SECRET: string }).TOKEN_SECRET;

/** The upgrade is refused with a JSON error and no socket: not one byte of any document. */
async function refused(roomId: string, token: string, status: number, message: RegExp) {
  const res = await TestClient.upgrade(roomId, { token });
  expect(res.status).toBe(status);
  expect(res.webSocket).toBeNull();
  expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
}

describe("tokens are checked before the room sees anything", () => {
  it("expired, tampered, wrong-room and revoked tokens are refused", async () => {
    const { room, candidate, interviewer } = await staffedRoom();
    const other = await createRoom();

    const expired = await signToken({ kind: "session", v: 1, rid: room.roomId, role: "candidate", jti: "x", uid: "u", name: "n", exp: Date.now() - 1 }, SECRET);
    await refused(room.roomId, expired, 401, /expired/);

    const [body, sig] = candidate.token.split(".");
    const claims = JSON.parse(atob(body.replace(/-/g, "+").replace(/_/g, "/")));
    const forgedBody = btoa(JSON.stringify({ ...claims, role: "interviewer" })).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    await refused(room.roomId, `${forgedBody}.${sig}`, 401, /signature/);
    await refused(room.roomId, `${body}.${sig.slice(0, -2)}AA`, 401, /signature/);
    await refused(room.roomId, "garbage", 401, /malformed/);
    const otherSecret = await signToken({ ...claims }, "some-other-secret-that-is-long-enough-000");
    await refused(room.roomId, otherSecret, 401, /signature/);

    await refused(other.roomId, candidate.token, 403, /another room/);

    const invites = (await (await call(pathTo(ROUTES.invites, { roomId: room.roomId }), { token: interviewer.token })).json()) as { invites: { id: string; role: string }[] };
    const candidateInvite = invites.invites.find((i) => i.role === "candidate")!;
    expect((await call(pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: candidateInvite.id }), { token: interviewer.token, method: "POST" })).status).toBe(200);
    await refused(room.roomId, candidate.token, 403, /revoked/);
    const rejoin = await call(pathTo(ROUTES.join, { roomId: room.roomId }), { token: new URL(room.links.candidate).hash.slice(7), body: { name: "again" } });
    expect(rejoin.status).toBe(403);
  });

  it("revoking a link closes its open sockets at once, and only those", async () => {
    const { room, candidate, spectator, interviewer } = await staffedRoom();
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    const sam = await TestClient.connect(room.roomId, { token: spectator.token });
    await until(() => cam.synced && sam.synced, "synced");
    const invites = (await (await call(pathTo(ROUTES.invites, { roomId: room.roomId }), { token: interviewer.token })).json()) as { invites: { id: string; role: string }[] };
    const id = invites.invites.find((i) => i.role === "candidate")!.id;
    const res = await call(pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: id }), { token: interviewer.token, method: "POST" });
    expect(await res.json()).toMatchObject({ socketsClosed: 1 });
    await until(() => cam.closeEvent !== null, "candidate socket closed");
    expect(cam.closeEvent).toEqual({ code: CLOSE.FORBIDDEN, reason: "this link was revoked" });
    expect(sam.closeEvent).toBeNull();
    const own = invites.invites.find((i) => i.role === "interviewer")!.id;
    expect((await call(pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: own }), { token: interviewer.token, method: "POST" })).status).toBe(409);
  });

  it("a token verifies only with its own secret and expiry", async () => {
    const t = await signToken({ kind: "invite", v: 1, rid: "r", role: "spectator", jti: "i", exp: 2_000 }, SECRET);
    expect(await verifyToken(t, SECRET, 1_000)).toMatchObject({ ok: true, token: { rid: "r", role: "spectator" } });
    expect(await verifyToken(t, SECRET, 2_000)).toEqual({ ok: false, reason: "expired" });
    expect(await verifyToken(t, `${SECRET}x`, 1_000)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("identity comes from the token: awareness names cannot be claimed", async () => {
    const { room, candidate, interviewer } = await staffedRoom();
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    const ivy = await TestClient.connect(room.roomId, { token: interviewer.token });
    cam.setAwareness({ user: { name: "Ivy", role: "interviewer" } });
    await until(() => ivy.awareness.has(cam.doc.clientID), "ivy sees cam");
    expect((ivy.awareness.get(cam.doc.clientID)!.state as { user: unknown }).user).toMatchObject({ name: "Cam", role: "candidate", userId: candidate.identity.userId });
  });

  it("anything but DUET_ENV development or test is production: no default secret, no tokenless socket (fail closed)", async () => {
    for (const duetEnv of ["production", "prod", "Production", "development ", "dev", "", undefined]) {
      const vars = { ...PRODUCTION, DUET_ENV: duetEnv, TOKEN_SECRET: undefined };
      const open = await fetchWith(vars, `http://duet.test${pathTo(ROUTES.roomSocket, { roomId: "r1", doc: "private" })}?role=interviewer&user=u1`, { headers: { Upgrade: "websocket" } });
      expect(open.status, String(duetEnv)).toBe(401);
      // Verifying any token needs the secret: without one, the Worker says so (500), never guesses.
      const join = await fetchWith(vars, `http://duet.test${pathTo(ROUTES.join, { roomId: "r1" })}`, {
        method: "POST", body: JSON.stringify({ name: "Cam" }), headers: { Authorization: "Bearer x.y", "Content-Type": "application/json" },
      });
      expect(join.status, String(duetEnv)).toBe(500);
      expect(await join.json()).toMatchObject({ error: { message: expect.stringMatching(/TOKEN_SECRET/) } });
    }
  });
});
