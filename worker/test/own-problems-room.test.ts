/**
 * A room pins the version of an interviewer's own problem it was given: editing the problem
 * afterwards never changes that room's verdicts, and a new room gets the new version once it is
 * ready. The real Room, the real runner, stock Yjs clients.
 */
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import type { CreateRoomResponse } from "../../contracts/api";
import { ownProblemRef } from "../../contracts/own-problems";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { asAccount, type TestAccount } from "./accounts";
import { call, join } from "./api";
import { callAs, team } from "./org-team";
import { ADD_PYTHON, addDraft, checked } from "./own-problems-fixture";

const PLUS_ONE = addDraft({
  title: "Add two, plus one",
  examples: [{ input: { a: 1, b: 2 }, output: 4 }],
  hiddenTests: [{ input: { a: 2, b: 2 }, output: 5 }],
  references: { python: ADD_PYTHON.replace("a + b", "a + b + 1") },
  constraints: ["-100 <= a, b <= 100"],
  hints: ["Add them first.", "Then one more."],
  followUps: [{ question: "And plus two?", answer: "Change the constant." }],
  strongAnswer: "One expression.",
});

async function roomWith(who: TestAccount, problem: string): Promise<CreateRoomResponse> {
  const res = await callAs(who, "createRoom", {}, { title: "Own problem", language: "python", problem });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

/** The candidate writes `code` and submits it; the room's verdict. */
async function submit(room: CreateRoomResponse, code: string): Promise<string> {
  const [ivy, cam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam")];
  const writer = await TestClient.connect(room.roomId, { token: cam.token });
  const state = await TestClient.connect(room.roomId, { doc: "state", token: ivy.token });
  await until(() => writer.synced && state.synced && writer.text("code:python").length > 0, "synced with the starter");
  const text = writer.doc.getText("code:python");
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
  const check = await TestClient.connect(room.roomId, { token: ivy.token });
  await until(() => check.synced && check.text("code:python") === code, "code stored");
  const res = await call(pathTo(ROUTES.submit, { roomId: room.roomId }), { token: cam.token, body: { language: "python" } });
  expect(res.status, await res.clone().text()).toBe(202);
  const { runId } = (await res.json()) as { runId: string };
  const rec = () => state.doc.getMap<Y.Map<unknown>>("runs").get(runId);
  await until(() => ["finished", "failed", "cancelled"].includes(rec()?.get("status") as string), "judged", 60_000);
  for (const c of [writer, state, check]) c.close();
  const judged = rec()?.get("judge") as { verdict: string } | undefined;
  return judged?.verdict ?? "not judged";
}

async function listed(who: TestAccount | null) {
  const res = await asAccount(who, pathTo(ROUTES.problems));
  return ROUTE_BODIES.problems.response.parse(await res.json()).problems;
}

describe("a room keeps the version of an own problem it was given", () => {
  it("submit, edit the problem so the same code would fail, submit again: the same verdict; a new room gets the new version", async () => {
    const acme = await team("Pinned Co");
    const made = ROUTE_BODIES.createOwnProblem.response.parse(await (await callAs(acme.interviewer, "createOwnProblem", {}, addDraft())).json());
    const id = made.problem.id;
    const v1 = ownProblemRef(id, 1);
    // Not ready yet: no room can take it
    const early = await callAs(acme.interviewer, "createRoom", {}, { title: "Too early", problem: v1 });
    if ((await checked(acme.interviewer, id)).latest.status !== "ready") throw new Error("version 1 was not made ready");
    expect([201, 409]).toContain(early.status); // 409 unless the checks were already done

    // The picker lists the organisation's ready problems, marked, for its interviewers only
    expect((await listed(acme.admin)).filter((p) => p.owner)).toEqual([{ slug: v1, title: "Add two", difficulty: "easy", tags: ["math"], expectedMinutes: 15, owner: "org" }]);
    expect((await listed(null)).some((p) => p.owner)).toBe(false);
    const other = await team("Elsewhere");
    expect((await listed(other.admin)).some((p) => p.owner)).toBe(false);
    expect((await callAs(other.admin, "createRoom", {}, { title: "Not ours", problem: v1 })).status).toBe(404);

    // The candidate's view of the problem: statement and examples, never the hidden tests
    const detail = ROUTE_BODIES.problem.response.parse(await (await call(pathTo(ROUTES.problem, { slug: v1 }))).json());
    expect(detail).toMatchObject({ slug: v1, title: "Add two", hiddenTests: 2, examples: [{ input: { a: 1, b: 2 }, output: 3 }] });
    expect(JSON.stringify(detail)).not.toMatch(/return a \+ b|[[,:]-5\b/); // the reference, a hidden test (not the ref's random "-5…")

    const room = await roomWith(acme.interviewer, v1);
    const notes = await call(pathTo(ROUTES.problemNotes, { roomId: room.roomId }), { token: (await join(room, "interviewer", "Notes")).token });
    expect(await notes.json()).toEqual({ slug: v1, hints: [], followUps: [], strongAnswer: null, expectedMinutes: 15 });
    expect(await submit(room, ADD_PYTHON)).toBe("AC");

    // The edit: same code, now wrong. Version 2, checked and ready.
    expect((await callAs(acme.interviewer, "editOwnProblem", { problemId: id }, PLUS_ONE)).status).toBe(200);
    const v2 = ownProblemRef(id, 2);
    expect((await callAs(acme.interviewer, "createRoom", {}, { title: "Too early", problem: v2 })).status).toBe(409);
    expect((await checked(acme.interviewer, id)).latest).toMatchObject({ version: 2, status: "ready" });
    expect((await listed(acme.interviewer)).filter((p) => p.owner).map((p) => p.slug)).toEqual([v2]);

    expect(await submit(room, ADD_PYTHON)).toBe("AC"); // the room still judges with version 1
    const fresh = await roomWith(acme.interviewer, v2);
    expect(await submit(fresh, ADD_PYTHON)).toBe("WA");
    // Version 2's hints, follow-ups and notes reach its room; its constraints the candidate's view
    const freshNotes = await call(pathTo(ROUTES.problemNotes, { roomId: fresh.roomId }), { token: (await join(fresh, "interviewer", "Notes")).token });
    expect(await freshNotes.json()).toEqual({ slug: v2, hints: PLUS_ONE.hints, followUps: PLUS_ONE.followUps, strongAnswer: "One expression.", expectedMinutes: 15 });
    const v2Detail = ROUTE_BODIES.problem.response.parse(await (await call(pathTo(ROUTES.problem, { slug: v2 }))).json());
    expect(v2Detail.constraints).toEqual(["-100 <= a, b <= 100"]);
    expect(JSON.stringify(v2Detail)).not.toContain("Change the constant");

    // Deleted: nobody picks it any more, the rooms that have it keep judging with their version
    expect((await callAs(acme.admin, "deleteOwnProblem", { problemId: id })).status).toBe(200);
    expect((await listed(acme.interviewer)).some((p) => p.owner)).toBe(false);
    expect((await callAs(acme.interviewer, "createRoom", {}, { title: "Gone", problem: v2 })).status).toBe(404);
    expect(await submit(room, ADD_PYTHON)).toBe("AC");
    expect((await call(pathTo(ROUTES.problem, { slug: v1 }))).status).toBe(200);
  }, 300_000);

  it("a version that failed its checks is refused with the reason", async () => {
    const acme = await team("Failing Co");
    const wrong = addDraft({ references: { python: ADD_PYTHON.replace("a + b", "a * b") } });
    const made = ROUTE_BODIES.createOwnProblem.response.parse(await (await callAs(acme.interviewer, "createOwnProblem", {}, wrong)).json());
    expect((await checked(acme.interviewer, made.problem.id)).latest.status).toBe("failed");
    const res = await callAs(acme.interviewer, "createRoom", {}, { title: "Failed", problem: ownProblemRef(made.problem.id, 1) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/failed its checks.*python reference is not Accepted/s);
  }, 300_000);
});
