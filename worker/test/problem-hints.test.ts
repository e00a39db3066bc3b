/**
 * Hints and interviewers' notes in the room (issue 18): the interviewer reveals a problem's hints
 * one at a time, every participant sees each appear (and the record keeps when); follow-up questions
 * and notes on a strong answer reach interviewers only; a room keeps the hints it was given when the
 * problem was picked, whatever the library says later.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { RevealedHint } from "../../contracts/room-state";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, staffedRoom } from "./api";
import { wholeRecord } from "./record-room";
import { seedProblems } from "./seed";

const HINTS = ["Think about what you have already seen.", "A map from value to index answers it in one pass."];
const FOLLOW_UPS = [{ question: "What if the input is sorted?", answer: "Two pointers, O(1) extra space." }];

beforeAll(async () => {
  await seedProblems();
  // A problem of the test's own, so the figures here do not follow the shipped library's text.
  await env.DB.prepare(
    `INSERT INTO problems (slug, title, difficulty, position, tags, statement, constraints, signature, examples, starter, reference,
       time_limit_ms, hidden_count, updated_at, expected_minutes, hints, follow_ups, strong_answer)
     SELECT 'hinted-sum', 'Hinted Sum', difficulty, position, tags, statement, constraints, signature, examples, starter, reference,
       time_limit_ms, hidden_count, updated_at, 20, ?, ?, 'One pass with a map; O(n) time.' FROM problems WHERE slug = 'two-sum'`,
  ).bind(JSON.stringify(HINTS), JSON.stringify(FOLLOW_UPS)).run();
});

const hintsOf = (state: TestClient) => (state.doc.getMap("meta").get("hints") ?? []) as RevealedHint[];

async function pickedRoom(slug = "hinted-sum") {
  const r = await staffedRoom();
  const roomId = r.room.roomId;
  const as = (token: string) => ({ method: "POST", token });
  const reveal = (token = r.interviewer.token) => call(pathTo(ROUTES.revealHint, { roomId }), as(token));
  const notes = (token = r.interviewer.token) => call(pathTo(ROUTES.problemNotes, { roomId }), { token });
  const pick = (s: string | null) => call(pathTo(ROUTES.setProblem, { roomId }), { token: r.interviewer.token, body: { slug: s } });
  expect((await pick(slug)).status).toBe(200);
  const candidateState = await TestClient.connect(roomId, { doc: "state", token: r.candidate.token });
  await until(() => candidateState.synced && candidateState.doc.getMap("meta").get("problemSlug") === slug, "candidate sees the problem");
  return { ...r, roomId, reveal, notes, pick, candidateState };
}

describe("hints", () => {
  it("the interviewer reveals them one at a time; the candidate sees each appear, in order; the record keeps when", async () => {
    const r = await pickedRoom();
    expect(r.candidateState.doc.getMap("meta").get("hintCount")).toBe(2);
    expect(hintsOf(r.candidateState)).toEqual([]);

    const first = await r.reveal();
    expect(await first.json()).toEqual({ shown: 1, total: 2 });
    await until(() => hintsOf(r.candidateState).length === 1, "first hint reaches the candidate");
    expect(hintsOf(r.candidateState)[0]).toMatchObject({ index: 0, text: HINTS[0] });

    expect(await (await r.reveal()).json()).toEqual({ shown: 2, total: 2 });
    await until(() => hintsOf(r.candidateState).length === 2, "second hint");
    expect(hintsOf(r.candidateState).map((h) => h.text)).toEqual(HINTS);

    const past = await r.reveal();
    expect(past.status).toBe(409);
    expect(await past.json()).toMatchObject({ error: { code: "conflict", message: "every hint is already shown" } });
    expect(hintsOf(r.candidateState)).toHaveLength(2);

    const events = (await wholeRecord(r.roomId, r.interviewer.token)).events.filter((e) => e.kind === "hint");
    expect(events.map((e) => [e.kind === "hint" && e.index, e.userId])).toEqual([[0, r.interviewer.identity.userId], [1, r.interviewer.identity.userId]]);
    const shown = hintsOf(r.candidateState);
    expect(events.map((e) => e.t)).toEqual(shown.map((h) => h.at)); // the room's clock, one fact in both places
  });

  it("candidates and spectators can neither reveal a hint nor read the interviewer's notes; nothing changes", async () => {
    const r = await pickedRoom();
    for (const token of [r.candidate.token, r.spectator.token]) {
      expect((await r.reveal(token)).status).toBe(403);
      expect((await r.notes(token)).status).toBe(403);
    }
    expect((await r.reveal("not-a-token")).status).toBe(401);
    const state = await TestClient.connect(r.roomId, { doc: "state", token: r.interviewer.token });
    await until(() => state.synced, "synced");
    expect(hintsOf(state)).toEqual([]);
    // The public problem page never carries hints or follow-ups either.
    const detail = (await (await call(pathTo(ROUTES.problem, { slug: "hinted-sum" }))).json()) as Record<string, unknown>;
    expect(Object.keys(detail)).not.toContain("hints");
    expect(JSON.stringify(detail)).not.toContain(FOLLOW_UPS[0].question);
  });

  it("interviewers read every hint ahead of time, the follow-ups and the notes on a strong answer", async () => {
    const r = await pickedRoom();
    const res = await r.notes();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ slug: "hinted-sum", hints: HINTS, followUps: FOLLOW_UPS, strongAnswer: "One pass with a map; O(n) time.", expectedMinutes: 20 });
  });

  it("a room keeps the hints it was given: editing the library afterwards changes neither what is shown nor what is left", async () => {
    const r = await pickedRoom();
    await r.reveal();
    await env.DB.prepare("UPDATE problems SET hints = ? WHERE slug = 'hinted-sum'").bind(JSON.stringify(["edited", "edited too", "a third"])).run();
    expect(await (await r.reveal()).json()).toEqual({ shown: 2, total: 2 });
    await until(() => hintsOf(r.candidateState).length === 2, "second hint");
    expect(hintsOf(r.candidateState).map((h) => h.text)).toEqual(HINTS);
    expect(((await (await r.notes()).json()) as { hints: string[] }).hints).toEqual(HINTS);
    await env.DB.prepare("UPDATE problems SET hints = ? WHERE slug = 'hinted-sum'").bind(JSON.stringify(HINTS)).run();
  });

  it("a new problem starts with its hints hidden; with no problem there is nothing to reveal or read", async () => {
    const r = await pickedRoom();
    await r.reveal();
    await until(() => hintsOf(r.candidateState).length === 1, "a hint shown");
    expect((await r.pick("hinted-sum")).status).toBe(200); // the same problem picked again starts over
    await until(() => hintsOf(r.candidateState).length === 0, "hints hidden again");
    expect((await r.pick(null)).status).toBe(200);
    await until(() => r.candidateState.doc.getMap("meta").get("problemSlug") === null, "cleared");
    expect(r.candidateState.doc.getMap("meta").get("hintCount")).toBe(0);
    expect((await r.reveal()).status).toBe(409);
    expect((await r.notes()).status).toBe(404);
  });
});
