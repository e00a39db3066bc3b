/**
 * Sealed scorecards end to end (real Worker, D1 and Room): each interviewer writes their own card
 * under their stable identity; the others' are sealed until theirs is submitted; a draft reaches
 * nobody but its author; a submitted card is final, is an event of the record and an organisation
 * webhook; the organisation's reviewers read submitted cards only; candidates and spectators none.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { CreateRoomResponse } from "../../contracts/api";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { DEFAULT_RUBRIC, type SaveScorecard } from "../../contracts/scorecards";
import { OrgEventSchema } from "../../contracts/webhooks";
import { asAccount, type TestAccount } from "./accounts";
import { call, join, staffedRoom, tokenOf } from "./api";
import { callAs, team } from "./org-team";
import { eventually, received, receiverUrl } from "./webhook-receiver";

type Who = string | TestAccount;

function as(who: Who, route: "scorecard" | "saveScorecard" | "setRubric", roomId: string, body?: unknown, rawBody?: string) {
  const path = pathTo(ROUTES[route], { roomId });
  const method = ROUTES[route].method;
  return typeof who === "string" ? call(path, { method, token: who, body, rawBody }) : asAccount(who, path, { method, body, rawBody });
}

async function read(who: Who, roomId: string): Promise<ResponseBody<"scorecard">> {
  const res = await as(who, "scorecard", roomId);
  expect(res.status, await res.clone().text()).toBe(200);
  return ROUTE_BODIES.scorecard.response.parse(await res.json());
}

async function save(who: Who, roomId: string, body: SaveScorecard): Promise<ResponseBody<"saveScorecard">> {
  const res = await as(who, "saveScorecard", roomId, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return ROUTE_BODIES.saveScorecard.response.parse(await res.json());
}

const ANN_CARD = {
  ratings: [{ criterionId: "coding", rating: 4, evidence: "Clean two-pointer solution" }, { criterionId: "testing", rating: 2, evidence: "" }],
  recommendation: "yes",
  notes: "Ann's private impression",
  citations: [{ t: 1_800_000_000_000, label: "found the off-by-one" }],
} satisfies SaveScorecard;

/** A room of a new organisation, made by its interviewer's account, with two link interviewers, a candidate and a spectator. */
async function orgRoom(webhook?: string) {
  const t = await team(`Acme ${crypto.randomUUID().slice(0, 6)}`);
  if (webhook) {
    const res = await callAs(t.admin, "createWebhook", { orgId: t.orgId }, { url: webhook, events: ["scorecard.submitted"] });
    expect(res.status, await res.clone().text()).toBe(201);
  }
  const created = await asAccount(t.interviewer, pathTo(ROUTES.createRoom), { body: { title: "Backend screen", orgId: t.orgId } });
  expect(created.status).toBe(201);
  const room: CreateRoomResponse = await created.json();
  const [ann, ben, cam, sam] = await Promise.all([
    join(room, "interviewer", "Ann"), join(room, "interviewer", "Ben"), join(room, "candidate", "Cam"), join(room, "spectator", "Sam"),
  ]);
  return { ...t, room, roomId: room.roomId, ann, ben, cam, sam };
}

describe("sealed scorecards", () => {
  it("a draft reaches nobody but its author; B cannot read A's submitted card before submitting; after, both read each other's", async () => {
    const { roomId, ann, ben } = await orgRoom();
    const draft = await save(ann.token, roomId, ANN_CARD);
    expect(draft.mine).toMatchObject({ ...ANN_CARD, userId: ann.identity.userId, name: "Ann", submittedAt: null, blank: false });
    expect(draft).toMatchObject({ sealed: true, others: [], submittedCount: 0, canWrite: true, rubricLocked: false });

    // B sees nothing of A's draft: not the card, not a count.
    const benBefore = await read(ben.token, roomId);
    expect(benBefore).toMatchObject({ mine: null, others: [], sealed: true, submittedCount: 0 });
    expect(JSON.stringify(benBefore)).not.toContain("private impression");

    // A submits: B learns that one card is in, not what it says.
    const annDone = await save(ann.token, roomId, { ...ANN_CARD, submit: true });
    expect(annDone.mine?.submittedAt).toBeTypeOf("number");
    expect(annDone).toMatchObject({ sealed: false, others: [], canWrite: false, rubricLocked: true });
    const benSealed = await read(ben.token, roomId);
    expect(benSealed).toMatchObject({ sealed: true, others: [], submittedCount: 1 });
    expect(JSON.stringify(benSealed)).not.toContain("private impression");

    // B's draft stays B's even after A submitted.
    await save(ben.token, roomId, { notes: "Ben's draft thoughts" });
    expect(JSON.stringify(await read(ann.token, roomId))).not.toContain("Ben's draft");

    // B submits a blank card: B reads A's in full, A reads B's as blank.
    const benDone = await save(ben.token, roomId, { submit: true });
    expect(benDone.sealed).toBe(false);
    expect(benDone.mine).toMatchObject({ blank: true, notes: "", ratings: [], recommendation: null });
    expect(benDone.others).toEqual([expect.objectContaining({ ...ANN_CARD, userId: ann.identity.userId, name: "Ann" })]);
    const annAfter = await read(ann.token, roomId);
    expect(annAfter.others).toEqual([expect.objectContaining({ userId: ben.identity.userId, name: "Ben", blank: true, recommendation: null })]);
  });

  it("a submitted card is final: a PUT after submitting is a 409 and changes nothing", async () => {
    const { roomId, ann } = await orgRoom();
    await save(ann.token, roomId, { ...ANN_CARD, submit: true });
    for (const body of [{ notes: "changed my mind" }, { ...ANN_CARD, recommendation: "strong_no", submit: true }]) {
      const res = await as(ann.token, "saveScorecard", roomId, body);
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/submitted/);
    }
    expect((await read(ann.token, roomId)).mine).toMatchObject(ANN_CARD);
  });

  it("candidates and spectators read and write no scorecard (403); no token is a 401", async () => {
    const { roomId, cam, sam } = await orgRoom();
    for (const who of [cam.token, sam.token]) {
      expect((await as(who, "scorecard", roomId)).status).toBe(403);
      expect((await as(who, "saveScorecard", roomId, { submit: true })).status).toBe(403);
      expect((await as(who, "setRubric", roomId, { rubric: DEFAULT_RUBRIC })).status).toBe(403);
    }
    expect((await call(pathTo(ROUTES.scorecard, { roomId }))).status).toBe(401);
    // A spectator the interviewer shared the record with reads the record, still no scorecard.
    await env.ROOM.get(env.ROOM.idFromName(roomId)).setRecordAccess(true);
    const res = await as(sam.token, "scorecard", roomId);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/scorecards are for/);
  });

  it("malformed bodies are a 400 naming the field, an oversize one a 413, and nothing is written", async () => {
    const { roomId, ann } = await orgRoom();
    const bad: [unknown, RegExp][] = [
      [{ ratings: [{ criterionId: "charisma", rating: 3, evidence: "" }] }, /charisma is not a criterion/],
      [{ ratings: [{ criterionId: "coding", rating: 5, evidence: "" }] }, /ratings/],
      [{ ratings: [{ criterionId: "coding", rating: 2.5, evidence: "" }] }, /ratings/],
      [{ ratings: [{ criterionId: "coding", rating: 2, evidence: "" }, { criterionId: "coding", rating: 3, evidence: "" }] }, /at most once/],
      [{ recommendation: "maybe" }, /recommendation/],
      [{ notes: "x".repeat(10_001) }, /notes must be at most/],
      [{ citations: [{ t: -1, label: "" }] }, /citations/],
      [{ submit: "yes" }, /submit/],
      [{ score: 10 }, /score|unrecognized/i],
    ];
    for (const [body, message] of bad) {
      const res = await as(ann.token, "saveScorecard", roomId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    expect((await as(ann.token, "saveScorecard", roomId, undefined, "{not json")).status).toBe(400);
    expect((await as(ann.token, "saveScorecard", roomId, { notes: "x".repeat(300_000) })).status).toBe(413);
    expect((await read(ann.token, roomId)).mine).toBeNull();
  });

  it("re-joining through the link gives B the same identity, and B's draft is still theirs", async () => {
    const { room, roomId, ben } = await orgRoom();
    await save(ben.token, roomId, { notes: "Ben's draft", recommendation: "no" });
    const again = await call(pathTo(ROUTES.join, { roomId }), { token: tokenOf(room.links.interviewer), body: { name: "Ben", resume: ben.token } });
    const rejoined = ROUTE_BODIES.join.response.parse(await again.json());
    expect(rejoined.identity.userId).toBe(ben.identity.userId);
    expect((await read(rejoined.token, roomId)).mine).toMatchObject({ userId: ben.identity.userId, notes: "Ben's draft", recommendation: "no" });
    // Without resume the link makes someone new, with no card.
    const stranger = await join(room, "interviewer", "Ben");
    expect((await read(stranger.token, roomId)).mine).toBeNull();
  });
});

describe("who reads which card", () => {
  it("the organisation's reviewer and admin read submitted cards only, never a draft, and write none; an outsider nothing", async () => {
    const { roomId, ann, ben, reviewer, admin } = await orgRoom();
    await save(ann.token, roomId, { ...ANN_CARD, submit: true });
    await save(ben.token, roomId, { notes: "Ben's draft thoughts" });
    for (const who of [reviewer, admin]) {
      const view = await read(who, roomId);
      expect(view).toMatchObject({ mine: null, sealed: false, submittedCount: 1, canWrite: false });
      expect(view.others).toEqual([expect.objectContaining({ ...ANN_CARD, userId: ann.identity.userId })]);
      expect(JSON.stringify(view)).not.toContain("Ben's draft");
    }
    expect((await as(reviewer, "saveScorecard", roomId, { submit: true })).status).toBe(403);
    expect((await as(reviewer, "setRubric", roomId, { rubric: DEFAULT_RUBRIC })).status).toBe(403);
    const outsider = (await team("Elsewhere")).reviewer;
    expect((await as(outsider, "scorecard", roomId)).status).toBe(403);
  });

  it("an account interviewer's card is their account's, the same through the cookie and through their room session", async () => {
    const { roomId, interviewer } = await orgRoom();
    await save(interviewer, roomId, { notes: "via the cookie" });
    const entered = await callAs(interviewer, "enterRoom", { roomId });
    const { token } = ROUTE_BODIES.enterRoom.response.parse(await entered.json());
    expect((await read(token, roomId)).mine).toMatchObject({ userId: interviewer.userId, notes: "via the cookie" });
  });

  it("after the interview ended, an interviewer's room session still reads and writes their card and the sealing holds", async () => {
    const { roomId, ann, ben } = await orgRoom();
    await save(ann.token, roomId, { ...ANN_CARD, submit: true });
    expect((await call(pathTo(ROUTES.end, { roomId }), { method: "POST", token: ann.token })).status).toBe(200);
    expect(await read(ben.token, roomId)).toMatchObject({ sealed: true, others: [], submittedCount: 1 });
    const done = await save(ben.token, roomId, { recommendation: "no", submit: true });
    expect(done.others.map((c) => c.userId)).toEqual([ann.identity.userId]);
  });
});

describe("the rubric", () => {
  it("is Duet's default in a room of no organisation; an interviewer sets the room's own until the first card is submitted", async () => {
    const { room, interviewer } = await staffedRoom();
    const roomId = room.roomId;
    expect((await read(interviewer.token, roomId)).rubric).toEqual(DEFAULT_RUBRIC);
    const rubric = [{ id: "design", title: "System design" }, { id: "coding", title: "Coding", description: "Idiomatic code" }];
    const set = await as(interviewer.token, "setRubric", roomId, { rubric });
    expect(set.status, await set.clone().text()).toBe(200);
    expect(ROUTE_BODIES.setRubric.response.parse(await set.json()).rubric).toEqual(rubric);
    expect((await read(interviewer.token, roomId)).rubric).toEqual(rubric);
    // Ratings name the room's criteria: one of the old default is not one any more.
    expect((await as(interviewer.token, "saveScorecard", roomId, { ratings: [{ criterionId: "testing", rating: 3, evidence: "" }] })).status).toBe(400);
    await save(interviewer.token, roomId, { ratings: [{ criterionId: "design", rating: 3, evidence: "Sharded the queue" }], submit: true });
    const late = await as(interviewer.token, "setRubric", roomId, { rubric: DEFAULT_RUBRIC });
    expect(late.status).toBe(409);
    expect((await read(interviewer.token, roomId)).rubric).toEqual(rubric);
    for (const body of [{ rubric: [] }, { rubric: [{ id: "Bad Id", title: "x" }] }, { rubric: [{ id: "a", title: "" }] }, {}]) {
      expect((await as(interviewer.token, "setRubric", roomId, body)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it("an organisation's room starts from its default rubric, kept once a card is written even if the default changes", async () => {
    const t = await team(`Rubric ${crypto.randomUUID().slice(0, 6)}`);
    const orgRubric = [{ id: "craft", title: "Craft" }];
    expect((await callAs(t.admin, "updateOrgSettings", { orgId: t.orgId }, { defaultRubric: orgRubric })).status).toBe(200);
    const room: CreateRoomResponse = await (await asAccount(t.interviewer, pathTo(ROUTES.createRoom), { body: { orgId: t.orgId } })).json();
    const ann = await join(room, "interviewer", "Ann");
    expect((await read(ann.token, room.roomId)).rubric).toEqual(orgRubric);
    await save(ann.token, room.roomId, { ratings: [{ criterionId: "craft", rating: 2, evidence: "" }] });
    await callAs(t.admin, "updateOrgSettings", { orgId: t.orgId }, { defaultRubric: [{ id: "other", title: "Other" }] });
    expect((await read(ann.token, room.roomId)).rubric).toEqual(orgRubric);
  });
});

describe("a submission is told", () => {
  it("to the record, as a scorecard event by its author with the recommendation; spectators' view of the record leaves it out", async () => {
    const { roomId, ann, ben } = await orgRoom();
    await save(ann.token, roomId, { notes: "draft" });
    await save(ann.token, roomId, { ...ANN_CARD, submit: true });
    await save(ben.token, roomId, { submit: true });
    const stub = env.ROOM.get(env.ROOM.idFromName(roomId));
    const page = await stub.recordPage({ after: 0, limit: 1000, reader: "interviewer" });
    const cards = page?.events.filter((e) => e.kind === "scorecard");
    expect(cards).toEqual([
      expect.objectContaining({ kind: "scorecard", userId: ann.identity.userId, recommendation: "yes" }),
      expect.objectContaining({ kind: "scorecard", userId: ben.identity.userId, recommendation: null }),
    ]);
    const spectators = await stub.recordPage({ after: 0, limit: 1000, reader: "spectator" });
    expect(spectators?.events.some((e) => e.kind === "scorecard")).toBe(false);
  });

  it("the record's scorecard events keep the seal: an interviewer who has not submitted reads others' without their recommendation, in the timeline and in an export", async () => {
    const { roomId, ann, ben, reviewer } = await orgRoom();
    await save(ann.token, roomId, { ...ANN_CARD, submit: true });
    const recommendations = async (who: Who, route: "record" | "recordExport") => {
      const path = pathTo(ROUTES[route], { roomId });
      const res = typeof who === "string" ? await call(path, { token: who }) : await asAccount(who, path);
      expect(res.status, await res.clone().text()).toBe(200);
      const body = (await res.json()) as { events: { kind: string; userId?: string; recommendation?: string | null }[] };
      return body.events.filter((e) => e.kind === "scorecard").map((e) => [e.userId, e.recommendation]);
    };
    for (const route of ["record", "recordExport"] as const) {
      expect(await recommendations(ben.token, route), route).toEqual([[ann.identity.userId, null]]);
      expect(await recommendations(ann.token, route), route).toEqual([[ann.identity.userId, "yes"]]);
      expect(await recommendations(reviewer, route), route).toEqual([[ann.identity.userId, "yes"]]);
    }
    await save(ben.token, roomId, { recommendation: "no", submit: true });
    for (const route of ["record", "recordExport"] as const) {
      expect(await recommendations(ben.token, route), route).toEqual([[ann.identity.userId, "yes"], [ben.identity.userId, "no"]]);
    }
  });

  it("to the organisation's webhook as scorecard.submitted, naming the card and its author", async () => {
    const hook = receiverUrl();
    const { roomId, orgId, ann } = await orgRoom(hook.url);
    await save(ann.token, roomId, { notes: "draft" }); // a draft is no event
    const done = await save(ann.token, roomId, { ...ANN_CARD, submit: true });
    const [got] = await eventually(() => received(hook.name), (r) => r.length >= 1);
    expect(OrgEventSchema.parse(JSON.parse(got.body))).toMatchObject({
      type: "scorecard.submitted", orgId,
      data: { roomId, title: "Backend screen", scorecardId: done.mine?.id, interviewer: { userId: ann.identity.userId, name: "Ann" } },
    });
    expect(JSON.stringify(got.body)).not.toContain("private impression");
    await new Promise((r) => setTimeout(r, 200));
    expect(await received(hook.name)).toHaveLength(1);
  });
});
