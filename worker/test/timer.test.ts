/**
 * The interview clock against the real Room: its arithmetic on the server's clock, its end as the
 * Room's alarm (no browser needed) doing what the interviewer chose — nothing, the candidate
 * read-only, or their code submitted to the real runner — and every step on the record.
 */
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { Timer } from "../../contracts/room-state";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { roomStub } from "../room-stub";
import { call, createRoom, join, staffedRoom } from "./api";
import { finishedRun, setBuffer, wholeRecord } from "./record-room";
import { seedProblems, TWO_SUM_PYTHON } from "./seed";

beforeAll(() => seedProblems());

const MINUTE = 60_000;

async function timer(roomId: string, token: string, body: unknown): Promise<Response> {
  return call(pathTo(ROUTES.timer, { roomId }), { token, body });
}

async function timerOk(roomId: string, token: string, body: unknown): Promise<Timer> {
  const res = await timer(roomId, token, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { timer: Timer }).timer;
}

/** The Room's persisted timerEnd deadline, if any. */
function timerDeadline(roomId: string): Promise<number | null> {
  return runInDurableObject(roomStub(env, roomId), (_room, state) => state.storage.sql.exec<{ at: number }>("SELECT at FROM deadlines WHERE kind = 'timerEnd'").toArray()[0]?.at ?? null);
}

/** Runs the clock out now: a one-minute clock, the minute taken off again, and the Room's alarm. */
async function runOut(roomId: string, token: string, atZero: string): Promise<void> {
  await timerOk(roomId, token, { action: "start", minutes: 1, atZero });
  await timerOk(roomId, token, { action: "adjust", minutes: -1 });
  await runDurableObjectAlarm(roomStub(env, roomId)); // false when the runtime already ran it: either way it ran
}

async function timerEvents(roomId: string, token: string) {
  const { events } = await wholeRecord(roomId, token);
  return events.filter((e) => e.kind === "timer" || e.kind === "timer.zero" || e.kind === "read-only");
}

/** The record's timer.zero event, once the alarm has put it there. */
async function zeroEvent(roomId: string, token: string, ms = 10_000) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const zero = (await timerEvents(roomId, token)).find((e) => e.kind === "timer.zero");
    if (zero?.kind === "timer.zero") return zero;
  }
  throw new Error("the time never ran out");
}

describe("the interview timer", () => {
  it("starts, pauses, resumes and moves on the server's clock; its end is the Room's deadline", async () => {
    const { room, interviewer } = await staffedRoom();
    const id = room.roomId;
    const before = Date.now();
    const started = await timerOk(id, interviewer.token, { action: "start", minutes: 30, atZero: "read-only" });
    expect(started).toMatchObject({ durationMs: 30 * MINUTE, elapsedMs: 0, atZero: "read-only" });
    expect(started.startedAt).toBeGreaterThanOrEqual(before);
    expect(started.startedAt).toBeLessThanOrEqual(Date.now());
    expect(await timerDeadline(id)).toBe(started.startedAt! + 30 * MINUTE);

    await new Promise((r) => setTimeout(r, 30));
    const paused = await timerOk(id, interviewer.token, { action: "pause" });
    expect(paused.startedAt).toBeNull();
    expect(paused.elapsedMs).toBeGreaterThanOrEqual(30);
    expect(paused.elapsedMs).toBeLessThan(10_000);
    expect(await timerDeadline(id)).toBeNull(); // a paused clock never runs out

    const resumed = await timerOk(id, interviewer.token, { action: "resume" });
    expect(resumed).toMatchObject({ durationMs: 30 * MINUTE, elapsedMs: paused.elapsedMs, atZero: "read-only" });
    const longer = await timerOk(id, interviewer.token, { action: "adjust", minutes: 5 });
    expect(longer.durationMs).toBe(35 * MINUTE);
    expect(await timerDeadline(id)).toBe(resumed.startedAt! + 35 * MINUTE - paused.elapsedMs);
    expect(await timerOk(id, interviewer.token, { action: "at-zero", atZero: "submit" })).toMatchObject({ atZero: "submit", durationMs: 35 * MINUTE });

    const reset = await timerOk(id, interviewer.token, { action: "reset", minutes: 15 });
    expect(reset).toMatchObject({ durationMs: 15 * MINUTE, startedAt: null, elapsedMs: 0, atZero: "submit" });
    expect(await timerDeadline(id)).toBeNull();

    const events = await timerEvents(id, interviewer.token);
    expect(events.map((e) => e.kind === "timer" && [e.action, e.running, e.atZero, e.userId])).toEqual([
      ["start", true, "read-only", interviewer.identity.userId],
      ["pause", false, "read-only", interviewer.identity.userId],
      ["resume", true, "read-only", interviewer.identity.userId],
      ["adjust", true, "read-only", interviewer.identity.userId],
      ["at-zero", true, "submit", interviewer.identity.userId],
      ["reset", false, "submit", interviewer.identity.userId],
    ]);
  });

  it("is the interviewer's alone, and refuses a malformed clock", async () => {
    const { room, interviewer, candidate, spectator } = await staffedRoom();
    const id = room.roomId;
    for (const who of [candidate, spectator]) expect((await timer(id, who.token, { action: "start", minutes: 30 })).status).toBe(403);
    for (const body of [
      { action: "start", minutes: -5 },
      { action: "start", minutes: 0 },
      { action: "start", minutes: 601 },
      { action: "start", minutes: 1e9 },
      { action: "start", minutes: 2.5 },
      { action: "start", minutes: 30, atZero: "explode" },
      { action: "adjust", minutes: 0 },
      { action: "adjust", minutes: 181 },
      { action: "adjust" },
      { action: "at-zero" },
      { action: "pause", minutes: 3 },
    ]) {
      const res = await timer(id, interviewer.token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "bad_request", message: expect.any(String) } });
    }
    expect(await timerDeadline(id)).toBeNull();
    expect(await timerEvents(id, interviewer.token)).toEqual([]);
  });

  it("at zero makes the candidate read-only, with no browser open, on the record as the room's doing", async () => {
    const { room, interviewer, candidate } = await staffedRoom();
    const id = room.roomId;
    await runOut(id, interviewer.token, "read-only");
    const state = await TestClient.connect(id, { doc: "state", token: candidate.token });
    await until(() => state.synced && state.doc.getMap("meta").get("candidateReadOnly") === true, "the candidate is read-only");
    expect(await timerDeadline(id)).toBeNull();
    const events = await timerEvents(id, interviewer.token);
    expect(events.map((e) => [e.kind, "action" in e ? e.action : e.kind === "read-only" && e.candidateReadOnly, e.userId ?? "room"])).toEqual([
      ["timer", "start", interviewer.identity.userId],
      ["timer", "adjust", interviewer.identity.userId],
      ["read-only", true, "room"],
      ["timer.zero", "read-only", "room"],
    ]);
  });

  it("at zero with 'nothing' chosen only records that the time ran out", async () => {
    const { room, interviewer, candidate } = await staffedRoom();
    await runOut(room.roomId, interviewer.token, "nothing");
    const events = await timerEvents(room.roomId, interviewer.token);
    expect(events.map((e) => e.kind)).toEqual(["timer", "timer", "timer.zero"]);
    const state = await TestClient.connect(room.roomId, { doc: "state", token: candidate.token });
    await until(() => state.synced, "synced");
    expect(state.doc.getMap("meta").get("candidateReadOnly")).toBe(false);
  });

  it("at zero submits the candidate's code in the room's language to the real runner, as the candidate", async () => {
    const room = await createRoom({ title: "Two Sum", language: "python", problem: "two-sum" });
    const [ivy, cam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam")];
    const writer = await TestClient.connect(room.roomId, { token: cam.token });
    const check = await TestClient.connect(room.roomId, { token: ivy.token });
    await until(() => writer.synced && check.synced, "synced");
    await setBuffer(writer, check, "python", TWO_SUM_PYTHON);

    await runOut(room.roomId, ivy.token, "submit");
    const zero = await zeroEvent(room.roomId, ivy.token);
    expect(zero.error).toBeUndefined();
    const run = await finishedRun(room.roomId, zero.runId!, ivy.token);
    expect(run.status).toBe("finished");
    const { events } = await wholeRecord(room.roomId, ivy.token);
    const start = events.find((e) => e.kind === "run.start" && e.runId === zero.runId);
    expect(start).toMatchObject({ mode: "submit", language: "python", source: TWO_SUM_PYTHON, userId: cam.identity.userId });
    const end = events.find((e) => e.kind === "run.end" && e.runId === zero.runId);
    expect(end).toMatchObject({ verdict: "AC" });
  });
});
