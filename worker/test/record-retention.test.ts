/**
 * The record's later life, against the real Room, D1 and runner: time travel (a review run of an
 * earlier version, after the end, outside the timeline); retention (an ended room's record deleted
 * when its deadline comes, or at once on DELETE, in all three stores: the Room's storage, D1's
 * submissions, the audit names); and an admin's erasure of a named candidate's records.
 */
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS } from "../../contracts/record-retention";
import { pathTo, ROUTES } from "../../contracts/routes";
import { ERASED_NAME } from "../../data/record-erasure";
import { TestClient, until } from "../../test/workerd/room-client";
import { asAccount, startAccount } from "./accounts";
import { call, createRoom, join } from "./api";
import { callAs, team } from "./org-team";
import { finishedRun, getRecord, orgRoom, recordPage, setBuffer, stdout, tick } from "./record-room";
import { roomStub } from "../room-stub";
import { seedProblems, TWO_SUM_PYTHON } from "./seed";

const CORRECT = TWO_SUM_PYTHON;

let T: Awaited<ReturnType<typeof team>>;
beforeAll(async () => {
  await seedProblems();
  T = await team("Retention Co");
  await callAs(T.admin, "updateOrgSettings", { orgId: T.orgId }, { retentionDays: 7 });
  // Its applicant-tracking system hears of candidates joining: deliveries whose payloads name them.
  expect((await callAs(T.admin, "createWebhook", { orgId: T.orgId }, { url: "https://ats.example/hooks", events: ["candidate.joined"] })).status).toBe(201);
}, 60_000);

const runs = (roomId: string, token: string, body: unknown) => call(pathTo(ROUTES.startRun, { roomId }), { token, body });
const runIdOf = async (res: Response) => ((await res.json()) as { runId: string }).runId;

/** What D1 holds of a room's record. */
async function d1(roomId: string) {
  const submissions = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE room_id = ?").bind(roomId).first<{ n: number }>();
  const names = await env.DB.prepare("SELECT DISTINCT actor_name AS name FROM audit_log WHERE room_id = ?").bind(roomId).all<{ name: string }>();
  const room = await env.DB.prepare("SELECT title, ended_at AS endedAt FROM rooms WHERE id = ?").bind(roomId).first<{ title: string; endedAt: number | null }>();
  const deliveries = await env.DB.prepare("SELECT COUNT(*) AS n FROM webhook_deliveries WHERE json_extract(payload, '$.data.roomId') = ?").bind(roomId).first<{ n: number }>();
  return { submissions: submissions?.n ?? 0, names: names.results.map((r) => r.name).sort(), title: room?.title, endedAt: room?.endedAt, deliveries: deliveries?.n ?? 0 };
}

/** An organisation's room with a submission in D1 (the candidate's code) and names in its audit rows. */
async function submittedRoom(candidate = "Cam") {
  const r = await orgRoom(T.interviewer, T.orgId, { problem: "two-sum", title: `Screen of ${candidate}` }, { interviewer: "Ivy", candidate, spectator: "Sam" });
  const writer = await TestClient.connect(r.roomId, { token: r.candidate.token });
  const check = await TestClient.connect(r.roomId, { token: r.interviewer.token });
  await until(() => writer.synced && check.synced, "synced");
  await setBuffer(writer, check, "python", CORRECT);
  const res = await call(pathTo(ROUTES.submit, { roomId: r.roomId }), { token: r.candidate.token, body: { language: "python" } });
  expect(res.status).toBe(202);
  await finishedRun(r.roomId, await runIdOf(res), r.interviewer.token);
  expect(await d1(r.roomId)).toMatchObject({ submissions: 1, deliveries: 1 }); // the candidate's join, named in the delivery
  return r;
}

/** The record is gone from every store, and nobody comes back in. */
async function expectDeleted(r: Awaited<ReturnType<typeof orgRoom>>) {
  const res = await getRecord(r.roomId, r.interviewer.token);
  expect(res.status).toBe(404);
  expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/deleted/);
  expect(await roomStub(env, r.roomId).recordStatus()).toBeNull();
  // Nothing of the interview left in the Room's storage (a reloaded object may have made its empty tables again).
  const left = await runInDurableObject(roomStub(env, r.roomId), (_i, state) => {
    const tables = new Set(state.storage.sql.exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").toArray().map((t) => t.name));
    return ["updates", "events", "edits", "participants", "snapshots"].filter((t) => tables.has(t)).map((t) => state.storage.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`).one().n);
  });
  expect(left.every((n) => n === 0)).toBe(true);
  const stored = await d1(r.roomId);
  expect(stored).toMatchObject({ submissions: 0, names: [ERASED_NAME], title: ERASED_NAME, endedAt: expect.any(Number), deliveries: 0 });
  for (const who of [r.interviewer, r.candidate]) expect((await TestClient.upgrade(r.roomId, { token: who.token })).status).toBe(403);
  expect((await call(pathTo(ROUTES.chat, { roomId: r.roomId }), { token: r.candidate.token, body: { text: "back?" } })).status).toBe(403);
}

describe("time travel", () => {
  it("a review run of an earlier version prints that version's output, after End, and leaves the timeline as it was; candidates may not; live runs are not blocked by one", async () => {
    const room = await createRoom({ title: "Versions", language: "python" });
    const [ivy, cam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam")];
    const writer = await TestClient.connect(room.roomId, { token: cam.token });
    const check = await TestClient.connect(room.roomId, { token: ivy.token });
    await until(() => writer.synced && check.synced, "synced");
    await setBuffer(writer, check, "python", "import time\ntime.sleep(1)\nprint('v1')\n");
    await tick(5);
    const v1 = Date.now();
    await tick(5);
    await setBuffer(writer, check, "python", "print('v2')\n");

    // While live: a review run and the interview's own run side by side; a candidate's review run is refused.
    const review = await runs(room.roomId, ivy.token, { language: "python", at: v1 });
    expect(review.status).toBe(202);
    const live = await runs(room.roomId, cam.token, { language: "python" });
    expect(live.status, await live.clone().text()).toBe(202);
    expect(stdout(await finishedRun(room.roomId, await runIdOf(live), cam.token))).toBe("v2\n");
    expect(stdout(await finishedRun(room.roomId, await runIdOf(review), ivy.token))).toBe("v1\n");
    const refused = await runs(room.roomId, cam.token, { language: "python", at: v1 });
    expect(refused.status).toBe(403);
    expect((await call(pathTo(ROUTES.submit, { roomId: room.roomId }), { token: cam.token, body: { language: "python", at: v1 } })).status).toBe(403);

    expect((await call(pathTo(ROUTES.end, { roomId: room.roomId }), { token: ivy.token, body: {} })).status).toBe(200);
    const before = await recordPage(room.roomId, ivy.token, "limit=5000&deltas=1");
    const after1 = await runs(room.roomId, ivy.token, { language: "python", at: v1 });
    expect(after1.status, await after1.clone().text()).toBe(202);
    expect(stdout(await finishedRun(room.roomId, await runIdOf(after1), ivy.token))).toBe("v1\n");
    const after2 = await runs(room.roomId, ivy.token, { language: "python", at: Date.now() });
    expect(stdout(await finishedRun(room.roomId, await runIdOf(after2), ivy.token))).toBe("v2\n");
    expect(await recordPage(room.roomId, ivy.token, "limit=5000&deltas=1")).toEqual(before);
    // After the end: the interview's own runs are over, and a candidate still may not travel.
    expect((await runs(room.roomId, ivy.token, { language: "python" })).status).toBe(403);
    expect((await runs(room.roomId, cam.token, { language: "python", at: v1 })).status).toBe(403);
  }, 120_000);
});

describe("retention", () => {
  it("an ended room's record is deleted when its retention runs out: the Room's storage, D1's submissions, the audit names", async () => {
    const r = await submittedRoom();
    expect((await call(pathTo(ROUTES.end, { roomId: r.roomId }), { token: r.interviewer.token, body: {} })).status).toBe(200);
    const page = await recordPage(r.roomId, T.reviewer);
    expect(page.room.deleteAt).toBe(page.endedAt! + 7 * DAY_MS); // the organisation's retention
    expect((await d1(r.roomId)).names).toEqual(expect.arrayContaining(["Cam", "Ivy"]));

    // The deadline comes: the purge row made due, the object reloaded, its alarm fired.
    const stub = roomStub(env, r.roomId);
    await runInDurableObject(stub, (_i, state) => void state.storage.sql.exec("UPDATE deadlines SET at = ? WHERE kind = 'purge'", Date.now() - 1));
    await runInDurableObject(stub, (_i, state) => state.abort("reload")).catch(() => {});
    const woken = roomStub(env, r.roomId);
    await runInDurableObject(woken, (_i, state) => state.storage.setAlarm(Date.now()));
    await runDurableObjectAlarm(woken);
    await expectDeleted(r);
    expect((await getRecord(r.roomId, T.reviewer)).status).toBe(404);
  }, 120_000);

  it("DELETE …/record deletes it at once, by the room's interviewer or the organisation's admin, never a candidate or a reviewer", async () => {
    const r = await submittedRoom();
    const del = (who: string | typeof T.admin) =>
      typeof who === "string" ? call(pathTo(ROUTES.deleteRecord, { roomId: r.roomId }), { method: "DELETE", token: who }) : asAccount(who, pathTo(ROUTES.deleteRecord, { roomId: r.roomId }), { method: "DELETE" });
    expect((await del(r.candidate.token)).status).toBe(403);
    expect((await del(T.reviewer)).status).toBe(403);
    expect((await recordPage(r.roomId, r.interviewer.token)).events.length).toBeGreaterThan(0);
    const res = await del(r.interviewer.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: true });
    await expectDeleted(r);
    expect((await del(T.admin)).status).toBe(404);
    const r2 = await orgRoom(T.interviewer, T.orgId);
    expect((await asAccount(T.admin, pathTo(ROUTES.deleteRecord, { roomId: r2.roomId }), { method: "DELETE" })).status).toBe(200);
    expect((await getRecord(r2.roomId, T.admin)).status).toBe(404);
  }, 120_000);
});

describe("erasure of a named candidate", () => {
  it("an admin deletes every record of the organisation's rooms the candidate joined, and only those; the log keeps the rooms, not the name", async () => {
    const name = `Zed Erasable ${crypto.randomUUID().slice(0, 6)}`;
    const first = await submittedRoom(name);
    const second = await orgRoom(T.interviewer, T.orgId, {}, { interviewer: "Ivy", candidate: name, spectator: "Sam" });
    const other = await orgRoom(T.interviewer, T.orgId, {}, { interviewer: "Ivy", candidate: "Someone Else", spectator: name }); // the name as a spectator: not a candidate's
    const elsewhere = await team("Other Co");
    const theirs = await orgRoom(elsewhere.interviewer, elsewhere.orgId, {}, { interviewer: "Ivy", candidate: name, spectator: "Sam" });

    const erase = (who: typeof T.admin, body: unknown, orgId = T.orgId) => asAccount(who, pathTo(ROUTES.eraseCandidate, { orgId }), { body });
    expect((await erase(T.reviewer, { name })).status).toBe(403);
    expect((await erase(T.interviewer, { name })).status).toBe(403);
    expect((await erase(await startAccount("Stranger"), { name })).status).toBe(404);
    expect((await asAccount(null, pathTo(ROUTES.eraseCandidate, { orgId: T.orgId }), { body: { name } })).status).toBe(401);
    for (const body of [{}, { name: "" }, { name: 42 }, { name, rooms: [] }]) expect((await erase(T.admin, body)).status).toBe(400);
    expect((await (await erase(T.admin, { name: "Nobody By This Name" })).json())).toEqual({ rooms: [] });

    const res = await erase(T.admin, { name });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ rooms: [first.roomId, second.roomId] });
    await expectDeleted(first);
    await expectDeleted(second);
    for (const kept of [other, theirs]) expect((await recordPage(kept.roomId, kept.interviewer.token)).events.length).toBeGreaterThan(0);
    expect((await d1(other.roomId)).names).toEqual(expect.arrayContaining(["Someone Else", name])); // a spectator by that name is no candidate
    expect((await d1(theirs.roomId)).names).toContain(name); // another organisation's room
    expect(await (await erase(T.admin, { name })).json()).toEqual({ rooms: [] }); // nothing left by that name

    const audit = (await (await callAs(T.admin, "orgAudit", { orgId: T.orgId })).json()) as { entries: Array<{ action: string; detail: unknown }> };
    expect(audit.entries.find((e) => e.action === "record.erase" && JSON.stringify(e.detail).includes(first.roomId))?.detail).toEqual({ rooms: [first.roomId, second.roomId] });
    expect(JSON.stringify(audit.entries)).not.toContain(name);
  }, 180_000);
});
