/**
 * A stable identity for people who come in by link: joining again through the same link with the
 * earlier session as `resume` gives the same user id (their scorecard, their authorship); a resume
 * token of another link, another room, or not signed here is refused. Interviewers' sessions last
 * past the room's end by the deployment's retention, so they can read the record and score after it.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_ROOM_LIFETIME_MS } from "../../contracts/api";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { retentionCapDays } from "../../contracts/record-retention";
import { signToken, verifyToken } from "../auth/tokens";
import { call, createRoom, join, tokenOf } from "./api";

const SECRET = (env as unknown as { TOKEN_SECRET: string }).TOKEN_SECRET;

function joinWith(room: { roomId: string; links: Record<string, string> }, role: "interviewer" | "candidate" | "spectator", body: unknown) {
  return call(pathTo(ROUTES.join, { roomId: room.roomId }), { token: tokenOf(room.links[role]), body });
}

async function claims(token: string) {
  const v = await verifyToken(token, SECRET, 0);
  if (!v.ok || v.token.kind !== "session") throw new Error("not a session");
  return v.token;
}

describe("joining again through the same link", () => {
  it("with the earlier session as resume keeps the user id (under the name given now); without it is someone new", async () => {
    const room = await createRoom();
    const first = await join(room, "interviewer", "Bea");
    const again = await joinWith(room, "interviewer", { name: "Bea B.", resume: first.token });
    expect(again.status, await again.clone().text()).toBe(200);
    const second = ROUTE_BODIES.join.response.parse(await again.json());
    expect(second.identity).toEqual({ ...first.identity, name: "Bea B." });
    expect((await claims(second.token)).uid).toBe(first.identity.userId);
    // The resumed session works like any other.
    const me = await call(pathTo(ROUTES.room, { roomId: room.roomId }), { token: second.token });
    expect(((await me.json()) as { identity: { userId: string } }).identity.userId).toBe(first.identity.userId);

    const fresh = await join(room, "interviewer", "Bea");
    expect(fresh.identity.userId).not.toBe(first.identity.userId);
  });

  it("a candidate resumes too, and the audit log says the join was resumed", async () => {
    const room = await createRoom();
    const first = await join(room, "candidate", "Cam");
    const again = ROUTE_BODIES.join.response.parse(await (await joinWith(room, "candidate", { name: "Cam", resume: first.token })).json());
    expect(again.identity.userId).toBe(first.identity.userId);
    const rows = await env.DB.prepare("select detail from audit_log where room_id = ? and action = 'room.join' order by id").bind(room.roomId).all<{ detail: string }>();
    expect(rows.results.map((r) => JSON.parse(r.detail).resumed)).toEqual([false, true]);
  });

  it("refuses a resume token of another link, another room, another role, a forged or a malformed one — and mints nothing", async () => {
    const room = await createRoom();
    const other = await createRoom();
    const bea = await join(room, "interviewer", "Bea");
    const cam = await join(room, "candidate", "Cam");
    const elsewhere = await join(other, "interviewer", "Bea");
    const c = await claims(bea.token);

    // A session of the candidate's link offered at the interviewer's link: another link.
    expect((await joinWith(room, "interviewer", { name: "Bea", resume: cam.token })).status).toBe(400);
    // The same link's role in another room.
    expect((await joinWith(room, "interviewer", { name: "Bea", resume: elsewhere.token })).status).toBe(400);
    // A session of a link that is not this one (another invite of the same role).
    const otherInvite = await signToken({ ...c, jti: crypto.randomUUID() }, SECRET);
    const refused = await joinWith(room, "interviewer", { name: "Bea", resume: otherInvite });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/another link/);
    // Signed with another secret, or with its claims changed (taking the candidate's id): forged.
    const forged = await signToken({ ...c, uid: cam.identity.userId }, "some-other-secret-that-is-long-enough-000");
    const f = await joinWith(room, "interviewer", { name: "Bea", resume: forged });
    expect(f.status).toBe(400);
    expect(((await f.json()) as { error: { message: string } }).error.message).toMatch(/resume: token signature is invalid/);
    const [body, sig] = bea.token.split(".");
    const swapped = btoa(JSON.stringify({ ...c, uid: cam.identity.userId })).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    expect((await joinWith(room, "interviewer", { name: "Bea", resume: `${swapped}.${sig}` })).status).toBe(400);
    expect((await joinWith(room, "interviewer", { name: "Bea", resume: "garbage" })).status).toBe(400);
    // The invite link itself is no session.
    expect((await joinWith(room, "interviewer", { name: "Bea", resume: tokenOf(room.links.interviewer) })).status).toBe(400);
    // Oversize or of the wrong type: a 400 before anything is checked.
    expect((await joinWith(room, "interviewer", { name: "Bea", resume: "x".repeat(3000) })).status).toBe(400);
    expect((await joinWith(room, "interviewer", { name: "Bea", resume: 42 })).status).toBe(400);
    expect(body.length).toBeGreaterThan(0);

    const joins = await env.DB.prepare("select count(*) as n from audit_log where room_id = ? and action = 'room.join'").bind(room.roomId).first<{ n: number }>();
    expect(joins?.n).toBe(2); // Bea and Cam: no refused resume got in
  });

  it("an expired session still resumes while the link admits (expiry is not the question, the signature is)", async () => {
    const room = await createRoom();
    const bea = await join(room, "interviewer", "Bea");
    const created = (await env.DB.prepare("select created_at from rooms where id = ?").bind(room.roomId).first<{ created_at: number }>())!.created_at;
    const old = await signToken({ ...(await claims(bea.token)), exp: created + 1 }, SECRET);
    await new Promise((r) => setTimeout(r, 5));
    expect(await verifyToken(old, SECRET)).toEqual({ ok: false, reason: "expired" });
    const again = ROUTE_BODIES.join.response.parse(await (await joinWith(room, "interviewer", { name: "Bea", resume: old })).json());
    expect(again.identity.userId).toBe(bea.identity.userId);
  });
});

describe("how long a room session lasts", () => {
  it("an interviewer's outlasts the room's 7-day cap by the record's retention; a candidate's and a spectator's end with the cap", async () => {
    const room = await createRoom();
    const created = (await env.DB.prepare("select created_at from rooms where id = ?").bind(room.roomId).first<{ created_at: number }>())!.created_at;
    const cap = created + MAX_ROOM_LIFETIME_MS;
    const ivy = await claims((await join(room, "interviewer", "Ivy")).token);
    expect(ivy.exp).toBe(cap + retentionCapDays(env as unknown as Env) * 24 * 3600_000);
    expect(ivy.exp).toBeGreaterThan(cap + 24 * 3600_000);
    expect((await claims((await join(room, "candidate", "Cam")).token)).exp).toBe(cap);
    expect((await claims((await join(room, "spectator", "Sam")).token)).exp).toBe(cap);
  });
});
