/**
 * Integrity signals and the recording notice (issue 14), end to end with the real Worker, D1 and
 * Room: a batch goes on the record as its sender's claims (the server's t, the browser's claimedAt),
 * one batch per 5 s, at most 4 KiB, well-formed, from a candidate's or an interviewer's live
 * session only, and never touches the code; participants are told how long the record is kept and
 * where the organisation's privacy page is, and a candidate's join puts that notice on the record.
 */
import { describe, expect, it } from "vitest";
import type { CreateRoomResponse } from "../../contracts/api";
import type { RecordEvent, Signal } from "../../contracts/record";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { asAccount, type TestAccount } from "./accounts";
import { call, join, staffedRoom, tokenOf } from "./api";
import { callAs, team } from "./org-team";

const tick = (ms = 3) => new Promise((r) => setTimeout(r, ms));

/** The whole record as the interviewer's session reads it. */
async function wholeRecord(roomId: string, token: string): Promise<{ events: RecordEvent[] }> {
  const res = await call(`${pathTo(ROUTES.record, { roomId })}?limit=5000`, { token });
  expect(res.status).toBe(200);
  const page = ROUTE_BODIES.record.response.parse(await res.json());
  expect(page.next).toBeNull();
  return { events: page.events };
}

async function codeAt(roomId: string, token: string, t: number) {
  const res = await call(`${pathTo(ROUTES.recordCode, { roomId })}?t=${t}`, { token });
  expect(res.status).toBe(200);
  return ROUTE_BODIES.recordCode.response.parse(await res.json());
}

/** A room of the organisation, created by its interviewer's account; an interviewer and a candidate joined through its links. */
async function orgRoom(creator: TestAccount, orgId: string) {
  const res = await asAccount(creator, pathTo(ROUTES.createRoom), { body: { title: "Record", orgId } });
  expect(res.status).toBe(201);
  const room = (await res.json()) as CreateRoomResponse;
  const [interviewer, candidate] = await Promise.all([join(room, "interviewer", "Ivy"), join(room, "candidate", "Cam")]);
  return { room, roomId: room.roomId, interviewer, candidate };
}

const signalsPath = (roomId: string) => pathTo(ROUTES.signals, { roomId });
const send = (roomId: string, token: string | undefined, body: unknown) => call(signalsPath(roomId), { token, body });
const SIGNAL_KINDS = new Set(["paste", "blur", "focus", "hidden", "visible"]);

describe("integrity signals", () => {
  it("a batch is stored as its sender's claims, a second within 5 s is refused with Retry-After, and the code never changes", async () => {
    const { room, interviewer, candidate } = await staffedRoom();
    const roomId = room.roomId;
    const codeBefore = await codeAt(roomId, interviewer.token, Date.now());
    const claimed = Date.now() - 60_000; // the browser's clock may be anywhere: it is only a claim
    const batch: Signal[] = [
      { kind: "paste", at: claimed, size: 812, external: true },
      { kind: "blur", at: claimed + 1 },
      { kind: "hidden", at: claimed + 2 },
      { kind: "visible", at: claimed + 3 },
      { kind: "focus", at: claimed + 4 },
      { kind: "paste", at: claimed + 5, size: 12, external: false },
    ];
    const before = Date.now();
    const res = await send(roomId, candidate.token, { signals: batch });
    expect(res.status).toBe(202);
    expect(ROUTE_BODIES.signals.response.parse(await res.json())).toEqual({ accepted: 6 });
    const after = Date.now();

    const again = await send(roomId, candidate.token, { signals: [{ kind: "blur", at: claimed + 6 }] });
    expect(again.status).toBe(429);
    const retry = Number(again.headers.get("Retry-After"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(5);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/every 5 s/);

    const { events } = await wholeRecord(roomId, interviewer.token);
    const signals = events.filter((e) => SIGNAL_KINDS.has(e.kind));
    expect(signals.map(({ seq: _s, t: _t, ...rest }) => rest)).toEqual([
      { kind: "paste", size: 812, external: true, claimedAt: claimed, userId: candidate.identity.userId },
      { kind: "blur", claimedAt: claimed + 1, userId: candidate.identity.userId },
      { kind: "hidden", claimedAt: claimed + 2, userId: candidate.identity.userId },
      { kind: "visible", claimedAt: claimed + 3, userId: candidate.identity.userId },
      { kind: "focus", claimedAt: claimed + 4, userId: candidate.identity.userId },
      { kind: "paste", size: 12, external: false, claimedAt: claimed + 5, userId: candidate.identity.userId },
    ]);
    // The time on the record is the server's, whatever the browser claimed.
    for (const s of signals) expect(s.t >= before && s.t <= after, `t ${s.t} in [${before}, ${after}]`).toBe(true);

    await tick();
    const codeAfter = await codeAt(roomId, interviewer.token, Date.now());
    expect(codeAfter.files).toEqual(codeBefore.files);
    expect(codeAfter.authors).toEqual(codeBefore.authors);
  });

  it("refuses oversize (413), malformed (400), a spectator's (403), a revoked link's (403) and tokenless (401) batches, storing nothing", async () => {
    const { room, interviewer, candidate, spectator } = await staffedRoom();
    const roomId = room.roomId;
    const many = Array.from({ length: 50 }, (_, i) => ({ kind: "paste", at: i, size: 1, external: false, pad: "x".repeat(40) }));
    const big = await call(signalsPath(roomId), { token: candidate.token, rawBody: JSON.stringify({ signals: many }) });
    expect(big.status).toBe(413);
    for (const body of [
      {}, { signals: [] }, { signals: "blur" }, { signals: [{ kind: "copy", at: 1 }] }, { signals: [{ kind: "blur" }] },
      { signals: [{ kind: "blur", at: "now" }] }, { signals: [{ kind: "paste", at: 1, size: -1, external: true }] },
      { signals: [{ kind: "paste", at: 1, size: 3 }] }, { signals: [{ kind: "blur", at: 1, code: "print(1)" }] },
      { signals: Array.from({ length: 51 }, (_, i) => ({ kind: "blur", at: i })) }, { signals: [{ kind: "blur", at: 1 }], extra: true },
    ]) {
      expect((await send(roomId, candidate.token, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await call(signalsPath(roomId), { token: candidate.token, rawBody: "{not json" })).status).toBe(400);

    const blur = { signals: [{ kind: "blur", at: Date.now() }] };
    expect((await send(roomId, spectator.token, blur)).status).toBe(403);
    expect((await send(roomId, undefined, blur)).status).toBe(401);
    expect((await send(roomId, tokenOf(room.links.candidate), blur)).status).toBe(401); // an invite is no session

    // The refused batches used up nothing: the candidate's next one is taken.
    expect((await send(roomId, candidate.token, blur)).status).toBe(202);

    // A revoked link's sessions send nothing more.
    const invites = ROUTE_BODIES.invites.response.parse(await (await call(pathTo(ROUTES.invites, { roomId }), { token: interviewer.token })).json());
    const candidateInvite = invites.invites.find((i) => i.role === "candidate")!;
    expect((await call(pathTo(ROUTES.revokeInvite, { roomId, inviteId: candidateInvite.id }), { method: "POST", token: interviewer.token })).status).toBe(200);
    await tick(5);
    expect((await send(roomId, candidate.token, blur)).status).toBe(403);

    const { events } = await wholeRecord(roomId, interviewer.token);
    expect(events.filter((e) => SIGNAL_KINDS.has(e.kind)).map((e) => [e.kind, e.userId])).toEqual([["blur", candidate.identity.userId]]);
  });
});

describe("the recording notice", () => {
  it("a room without an organisation keeps its record for the deployment's days; the candidate's join, not the others', puts the notice on the record", async () => {
    const { room, interviewer, candidate, spectator } = await staffedRoom();
    for (const joined of [interviewer, candidate, spectator]) expect(joined.record).toEqual({ retentionDays: 30, privacyUrl: null });
    const { events } = await wholeRecord(room.roomId, interviewer.token);
    const notices = events.filter((e) => e.kind === "notice");
    expect(notices.map(({ seq: _s, t: _t, ...rest }) => rest)).toEqual([{ kind: "notice", retentionDays: 30, privacyUrl: null, userId: candidate.identity.userId }]);
    // The notice comes before anything the candidate does in the room.
    const candidateJoin = events.find((e) => e.kind === "join" && e.userId === candidate.identity.userId);
    if (candidateJoin) expect(notices[0].seq).toBeLessThan(candidateJoin.seq);
  });

  it("an organisation's privacy page and retention (capped by the deployment's) reach the join page before joining, the join answer and the room", async () => {
    const { orgId, admin, interviewer: account } = await team();
    const privacyUrl = "https://acme.example/privacy";
    const set = await callAs(admin, "updateOrgSettings", { orgId }, { privacyUrl, retentionDays: 7 });
    expect(ROUTE_BODIES.updateOrgSettings.response.parse(await set.json()).privacyUrl).toBe(privacyUrl);

    const { room, roomId, interviewer, candidate } = await orgRoom(account, orgId);
    expect(candidate.record).toEqual({ retentionDays: 7, privacyUrl });
    // The join page reads it with the link's invite, before a name is given: no identity yet.
    const preview = await call(pathTo(ROUTES.room, { roomId }), { token: tokenOf(room.links.candidate) });
    expect(ROUTE_BODIES.room.response.parse(await preview.json())).toMatchObject({ identity: null, record: { retentionDays: 7, privacyUrl } });
    const inRoom = ROUTE_BODIES.room.response.parse(await (await call(pathTo(ROUTES.room, { roomId }), { token: candidate.token })).json());
    expect(inRoom.identity?.userId).toBe(candidate.identity.userId);
    expect(inRoom.record).toEqual({ retentionDays: 7, privacyUrl });
    const { events } = await wholeRecord(roomId, interviewer.token);
    expect(events.find((e) => e.kind === "notice")).toMatchObject({ retentionDays: 7, privacyUrl, userId: candidate.identity.userId });

    // The days are the Room's own (what its deletion deadline will count), fixed when the room was made:
    // a later change of the setting tells the truth about later rooms only. Longer than the deployment
    // keeps records: participants of a new room are told the deployment's 30 days.
    await callAs(admin, "updateOrgSettings", { orgId }, { retentionDays: 400, privacyUrl: null });
    expect((await join(room, "candidate", "Cam again")).record).toEqual({ retentionDays: 7, privacyUrl: null });
    const newer = await orgRoom(account, orgId);
    expect(newer.candidate.record).toEqual({ retentionDays: 30, privacyUrl: null });
  });

  it("a privacy link must be an https page on a public name", async () => {
    const { orgId, admin } = await team();
    for (const privacyUrl of ["http://acme.example/privacy", "javascript:alert(1)", "data:text/html,hi", "https://localhost/privacy", "acme.example/privacy", "", `https://acme.example/${"p".repeat(2048)}`, 42]) {
      expect((await callAs(admin, "updateOrgSettings", { orgId }, { privacyUrl })).status, String(privacyUrl)).toBe(400);
    }
    const settings = ROUTE_BODIES.orgSettings.response.parse(await (await callAs(admin, "orgSettings", { orgId })).json());
    expect(settings.privacyUrl).toBeNull();
  });
});
