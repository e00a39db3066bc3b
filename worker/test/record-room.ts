/**
 * Helpers for the interview record's acceptance tests (record*.test.ts): read the record as a
 * session or an account, walk all of it, wait for a run, type into a buffer, abort the Room so the
 * next answer comes from its storage.
 */
import type { RecordEvent, RecordResponse } from "../../contracts/record";
import { pathTo, ROUTES } from "../../contracts/routes";
import { type TestClient, until } from "../../test/workerd/room-client";
import { asAccount, type TestAccount } from "./accounts";
import type { CreateRoomResponse, JoinResponse } from "../../contracts/api";
import { call, join } from "./api";

/** A room session token, or a signed-in account. */
export type Reader = string | TestAccount;

export function asReader(who: Reader, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return typeof who === "string" ? call(path, { ...init, token: who }) : asAccount(who, path, init);
}

export function getRecord(roomId: string, who: Reader, query = ""): Promise<Response> {
  return asReader(who, `${pathTo(ROUTES.record, { roomId })}${query ? `?${query}` : ""}`);
}

export async function recordPage(roomId: string, who: Reader, query = ""): Promise<RecordResponse> {
  const res = await getRecord(roomId, who, query);
  if (res.status !== 200) throw new Error(`record: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Every event of the record, a page of `limit` at a time. */
export async function wholeRecord(roomId: string, who: Reader, limit = 1000, extra = ""): Promise<{ events: RecordEvent[]; pages: number }> {
  const events: RecordEvent[] = [];
  let after = 0;
  for (let pages = 1; ; pages++) {
    const page = await recordPage(roomId, who, `after=${after}&limit=${limit}${extra}`);
    events.push(...page.events);
    if (page.next === null) return { events, pages };
    after = page.next;
  }
}

export async function codeAt(roomId: string, who: Reader, t: number) {
  const res = await asReader(who, `${pathTo(ROUTES.recordCode, { roomId })}?t=${t}`);
  if (res.status !== 200) throw new Error(`code at ${t}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { t: number; files: Record<string, string>; authors: Record<string, Array<{ userId: string | null; length: number }>>; notes?: string };
}

/** Ends the Room's object at once (as an eviction would): its next answer is read from storage. */
export async function abortRoom(roomId: string): Promise<void> {
  const res = await call(pathTo(ROUTES.testAbort, { roomId }), { method: "POST" });
  if (res.status !== 200) throw new Error(`abort: ${res.status}`);
}

const FINAL = new Set(["finished", "failed", "cancelled", "interrupted"]);

export interface RunView {
  status: string;
  output: Array<{ stream: string; data: string }>;
  hiddenOutput?: boolean;
}

/** Polls a run until it ends; returns it as `who` reads it. */
export async function finishedRun(roomId: string, runId: string, who: Reader, ms = 60_000): Promise<RunView> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await asReader(who, pathTo(ROUTES.run, { roomId, runId }));
    if (res.status !== 200) throw new Error(`run ${runId}: ${res.status} ${await res.text()}`);
    const { run } = (await res.json()) as { run: RunView };
    if (FINAL.has(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} did not finish`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Replaces a buffer's text in one transaction, and waits until `check` holds it. */
export async function setBuffer(writer: TestClient, check: TestClient, language: string, code: string): Promise<void> {
  const text = writer.doc.getText(`code:${language}`);
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
  await until(() => check.text(`code:${language}`) === code, `${language} stored`);
}

/** The stdout of a run's output as read. */
export const stdout = (run: RunView) => run.output.filter((o) => o.stream === "stdout").map((o) => o.data).join("");

/** A clock step: the next server timestamp differs from every earlier one. */
export const tick = (ms = 3) => new Promise((r) => setTimeout(r, ms));

/** A room of the organisation, created by its interviewer's account; an interviewer, a candidate and a spectator joined through its links. */
export async function orgRoom(creator: TestAccount, orgId: string, body: Record<string, unknown> = {}, names = { interviewer: "Ivy", candidate: "Cam", spectator: "Sam" }) {
  const res = await asAccount(creator, pathTo(ROUTES.createRoom), { body: { title: "Record", language: "python", orgId, ...body } });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  const room = (await res.json()) as CreateRoomResponse;
  const [interviewer, candidate, spectator]: JoinResponse[] = await Promise.all([
    join(room, "interviewer", names.interviewer), join(room, "candidate", names.candidate), join(room, "spectator", names.spectator),
  ]);
  return { room, roomId: room.roomId, interviewer, candidate, spectator };
}
