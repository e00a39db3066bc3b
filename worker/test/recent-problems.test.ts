/**
 * "Used recently by this interviewer": a pick is kept under the account the browser is signed in
 * with (an interviewer who came by link has a room identity unrelated to it), or the account a
 * session from entering belongs to, and only that account ever reads it back.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { JoinResponse } from "../../contracts/api";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { asAccount, createOrgAs, startAccount, type TestAccount } from "./accounts";
import { call, join, staffedRoom, tokenOf } from "./api";
import { seedProblems } from "./seed";

beforeAll(() => seedProblems());

async function recent(who: TestAccount | null): Promise<string[]> {
  const res = await asAccount(who, pathTo(ROUTES.recentProblems));
  expect(res.status).toBe(200);
  return ROUTE_BODIES.recentProblems.response.parse(await res.json()).recent.map((r) => r.slug);
}

/** A signed-in interviewer's room, joined through its interviewer link in the same browser. */
const withOrg = new Set<string>();
async function roomOf(who: TestAccount, body: Record<string, unknown> = { title: "Screen" }) {
  if (!withOrg.has(who.userId)) await createOrgAs(who, `${who.name}'s team`);
  withOrg.add(who.userId);
  const created = await asAccount(who, pathTo(ROUTES.createRoom), { body });
  expect(created.status).toBe(201);
  const room = ROUTE_BODIES.createRoom.response.parse(await created.json());
  const joined = await asAccount(who, pathTo(ROUTES.join, { roomId: room.roomId }), { body: { name: who.name }, headers: { Authorization: `Bearer ${tokenOf(room.links.interviewer)}` } });
  const { token } = (await joined.json()) as JoinResponse;
  const pick = (slug: unknown, as: TestAccount | null = who, bearer = token) =>
    asAccount(as, pathTo(ROUTES.setProblem, { roomId: room.roomId }), { body: { slug }, headers: { Authorization: `Bearer ${bearer}` } });
  return { room, pick };
}

const picksOf = async (userId: string) =>
  (await env.DB.prepare("SELECT slug FROM problem_picks WHERE user_id = ?").bind(userId).all<{ slug: string }>()).results.map((r) => r.slug).sort();

describe("problems used recently", () => {
  it("keeps the signed-in interviewer's picks, made in the room or at its creation, the latest first", async () => {
    const ada = await startAccount("Ada");
    const { pick } = await roomOf(ada, { title: "Screen", problem: "two-sum" });
    expect(await recent(ada)).toEqual(["two-sum"]);
    expect((await pick("valid-parentheses")).status).toBe(200);
    expect(await recent(ada)).toEqual(["valid-parentheses", "two-sum"]);
    // Picked again: one mark, moved to the front; clearing the table marks nothing.
    expect((await pick("two-sum")).status).toBe(200);
    expect((await pick(null)).status).toBe(200);
    expect(await recent(ada)).toEqual(["two-sum", "valid-parentheses"]);
  });

  it("never shows one interviewer's picks to another, nor to nobody", async () => {
    const [ada, bea] = [await startAccount("Ada"), await startAccount("Bea")];
    await (await roomOf(ada)).pick("two-sum");
    const bRoom = await roomOf(bea);
    await bRoom.pick("valid-parentheses");
    expect(await recent(ada)).toEqual(["two-sum"]);
    expect(await recent(bea)).toEqual(["valid-parentheses"]);
    expect(await recent(null)).toEqual([]);
    // Bea, signed in, picking in a room of Ada's through its link: the pick is Bea's, not Ada's.
    const aRoom = await roomOf(ada);
    await aRoom.pick("valid-parentheses", bea);
    expect(await recent(ada)).toEqual(["two-sum"]);
    // The route takes no say in whose list it reads.
    expect(ROUTE_BODIES.recentProblems.response.parse(await (await asAccount(bea, `${pathTo(ROUTES.recentProblems)}?userId=${ada.userId}`)).json()).recent.map((r) => r.slug)).toEqual(["valid-parentheses"]);
  });

  it("an account's session from entering without a link counts as the account, with no cookie", async () => {
    const ivy = await startAccount("Ivy");
    const { room } = await roomOf(ivy);
    const entered = ROUTE_BODIES.enterRoom.response.parse(await (await asAccount(ivy, pathTo(ROUTES.enterRoom, { roomId: room.roomId }), { method: "POST" })).json());
    expect((await call(pathTo(ROUTES.setProblem, { roomId: room.roomId }), { token: entered.token, body: { slug: "two-sum" } })).status).toBe(200);
    expect(await recent(ivy)).toEqual(["two-sum"]);
  });

  it("a link's interviewer with nobody signed in, bad input and a candidate's attempt leave no mark", async () => {
    const before = (await env.DB.prepare("SELECT count(*) AS n FROM problem_picks").first<{ n: number }>())!.n;
    const r = await staffedRoom();
    expect((await call(pathTo(ROUTES.setProblem, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { slug: "two-sum" } })).status).toBe(200);
    expect((await env.DB.prepare("SELECT count(*) AS n FROM problem_picks").first<{ n: number }>())!.n).toBe(before);

    const cam = await startAccount("Cam");
    const { room, pick } = await roomOf(cam);
    expect((await pick("no-such-problem")).status).toBe(404);
    expect((await pick("../etc")).status).toBe(400);
    expect((await pick(42)).status).toBe(400);
    const candidate = await join(room, "candidate", "Cand");
    expect((await pick("two-sum", cam, candidate.token)).status).toBe(403);
    // A signed-in change without the page's Origin is refused before anything is kept.
    const noOrigin = await asAccount(cam, pathTo(ROUTES.setProblem, { roomId: room.roomId }), { body: { slug: "two-sum" }, origin: null, headers: { Authorization: `Bearer ${tokenOf(room.links.interviewer)}` } });
    expect(noOrigin.status).toBeGreaterThanOrEqual(400);
    expect(await picksOf(cam.userId)).toEqual([]);
  });

  it("is in the account's data export, and goes with the account when it is deleted", async () => {
    const del = await startAccount("Del");
    await (await roomOf(del)).pick("two-sum");
    expect(await picksOf(del.userId)).toEqual(["two-sum"]);
    // A pick older than the window is no longer "recent", but it is still the account's data.
    await env.DB.prepare("INSERT INTO problem_picks (user_id, slug, picked_at) VALUES (?, 'valid-parentheses', ?)").bind(del.userId, Date.now() - 100 * 86_400_000).run();
    expect(await recent(del)).toEqual(["two-sum"]);
    const exported = ROUTE_BODIES.exportMyData.response.parse(await (await asAccount(del, pathTo(ROUTES.exportMyData))).json());
    expect(exported.problemPicks.map((p) => p.slug)).toEqual(["two-sum", "valid-parentheses"]);
    expect((await asAccount(del, pathTo(ROUTES.deleteMyAccount), { method: "POST" })).status).toBe(200);
    expect(await picksOf(del.userId)).toEqual([]);
  });
});
