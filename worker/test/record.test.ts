/**
 * The interview record's acceptance (issue 14), against the real Room, the real runner and stock
 * Yjs clients: a scripted interview of an organisation (two people typing in two languages, a run
 * and a submission, chat, notes, the timer, a paste, a dropped connection, a forged write) gives
 * every event in order; the code at the moment of every update is what a stock client held right
 * after it, and just before it, on a cold Room, across kept snapshots; who may read it (candidates
 * never, the organisation's reviewers after the end, spectators only when granted and never the
 * notes or hidden output); and its paging.
 */
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { RECORD_PAGE_MAX, type RecordEvent } from "../../contracts/record";
import { CODE_KEY_PREFIX } from "../../contracts/room-state";
import { pathTo, type Route, ROUTES } from "../../contracts/routes";
import { MESSAGE_SYNC, SYNC_UPDATE } from "../../contracts/wire";
import { TestClient, until } from "../../test/workerd/room-client";
import { signToken } from "../auth/tokens";
import { call, createRoom, join } from "./api";
import { team } from "./org-team";
import { abortRoom, codeAt, finishedRun, getRecord, orgRoom, recordPage, tick, wholeRecord } from "./record-room";
import { roomStub } from "../room-stub";
import { seedProblems, TWO_SUM_PYTHON } from "./seed";

// The Worker's tests reach the Room only as clients and through its RPC (test/repo/layers.ts): what
// they need of its insides is spelled here. The Room keeps a snapshot every 500 updates at least
// (SNAPSHOT_SPACING, durable-objects/room/update-log.ts); typing past twice that crosses kept ones.
const KEPT_SNAPSHOT_SPACING = 500;
/** The runtime's side of a socket's end, as the Room implements it. */
type RuntimeHooks = { webSocketClose(ws: WebSocket, code: number): Promise<void> };
/** A y-websocket sync update frame (contracts/wire.ts: varUint(0 sync) varUint(2 update) varUint8Array(update)). */
function updateFrame(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  encoding.writeVarUint(enc, SYNC_UPDATE);
  encoding.writeVarUint8Array(enc, update);
  return encoding.toUint8Array(enc);
}

const SECRET = (env as unknown as { TOKEN_SECRET: string }).TOKEN_SECRET;
/** Two Sum, printing each input: what it prints during the hidden tests is hidden output. */
/** The correct answer, printing a hidden test's input (what the record keeps from everyone but interviewers). */
const PYTHON = TWO_SUM_PYTHON.replace("seen = {}", "print('LEAK', target)\n        seen = {}");
const JS = "/** scratch */\nfunction pairs(nums) {\n  return nums.flatMap((a, i) => nums.slice(i + 1).map((b) => [a, b]));\n}\n";
const NOTES = "Good start; asked about duplicates.";
const SCRATCH = `# thinking out loud: ${"x".repeat(450)}`;

type Files = Record<string, string>;
let T: Awaited<ReturnType<typeof team>>;
let R: Awaited<ReturnType<typeof orgRoom>>;
/** The watcher's code after its sync (before anyone typed), and right after each update it received. */
let baseline: Files;
const afterUpdate: Files[] = [];
/** The code log's last seq when the watcher synced. */
let syncedAt: number;
let forgedDenied: string[];
let spectatorBeforeGrant: number;

const stub = () => roomStub(env, R.roomId);
const codeFiles = (doc: Y.Doc): Files =>
  Object.fromEntries([...doc.share.keys()].filter((k) => k.startsWith(CODE_KEY_PREFIX)).sort().map((k) => [k.slice(CODE_KEY_PREFIX.length), doc.getText(k).toString()]));
const sql = <T>(query: string, ...args: unknown[]) => runInDurableObject(stub(), (_i, state) => state.storage.sql.exec(query, ...args).toArray() as T[]);

/** Types `text` at the end of a buffer one keystroke (one update) at a time; the server's clock moves between bursts. */
async function type(writer: TestClient, watcher: TestClient, language: string, text: string, every = 20): Promise<void> {
  const y = writer.doc.getText(`code:${language}`);
  for (let i = 0; i < text.length; i++) {
    y.insert(y.length, text[i]);
    if (i % every === every - 1) await settle(writer, watcher, language);
  }
  await settle(writer, watcher, language);
}
async function erase(writer: TestClient, watcher: TestClient, language: string, count: number): Promise<void> {
  const y = writer.doc.getText(`code:${language}`);
  for (let i = 0; i < count; i++) {
    y.delete(y.length - 1, 1);
    if (i % 20 === 19) await settle(writer, watcher, language);
  }
  await settle(writer, watcher, language);
}
async function settle(writer: TestClient, watcher: TestClient, language: string): Promise<void> {
  await until(() => watcher.text(`code:${language}`) === writer.text(`code:${language}`), "the watcher caught up");
  await tick();
}
/** Snapshots while typing, as the Room's alarm takes them: seeks start from kept ones. */
const checkpoint = () => runDurableObjectAlarm(stub());
const post = (route: keyof typeof ROUTES, token: string, body?: unknown) => call(pathTo(ROUTES[route] as Route, { roomId: R.roomId }), { token, body: body ?? {} });

beforeAll(async () => {
  await seedProblems();
  T = await team("Record Co");
  R = await orgRoom(T.interviewer, T.orgId, { problem: "two-sum" });
  const [ivy, cam, sam] = [R.interviewer.token, R.candidate.token, R.spectator.token];

  // The watcher: a stock client whose text is recorded right after each update it receives.
  const watcher = await TestClient.connect(R.roomId, { token: sam });
  await until(() => watcher.synced, "watcher synced");
  baseline = codeFiles(watcher.doc);
  syncedAt = (await sql<{ s: number }>("SELECT MAX(seq) AS s FROM updates WHERE doc = 'code'"))[0].s;
  watcher.ws.addEventListener("message", (ev) => {
    // Listeners run in order: TestClient's own has applied the update already.
    if (typeof ev.data === "string") return;
    const d = decoding.createDecoder(new Uint8Array(ev.data as ArrayBuffer));
    if (decoding.readVarUint(d) === MESSAGE_SYNC && decoding.readVarUint(d) === 2 /* y-protocols' messageYjsUpdate */) afterUpdate.push(codeFiles(watcher.doc));
  });

  const candidate = await TestClient.connect(R.roomId, { token: cam });
  const interviewer = await TestClient.connect(R.roomId, { token: ivy });
  const notes = await TestClient.connect(R.roomId, { token: ivy, doc: "private" });
  await until(() => candidate.synced && interviewer.synced && notes.synced, "synced");

  candidate.doc.transact(() => candidate.doc.getText("code:python").delete(0, candidate.doc.getText("code:python").length));
  await type(candidate, watcher, "python", PYTHON.slice(0, 120));
  await checkpoint();
  expect((await post("chat", cam, { text: "Should I handle duplicates?" })).status).toBe(201);
  expect((await post("timer", ivy, { action: "start", minutes: 45 })).status).toBe(200);
  notes.doc.getText("notes").insert(0, NOTES);
  expect((await post("setLanguage", cam, { language: "javascript" })).status).toBe(200);
  interviewer.doc.transact(() => interviewer.doc.getText("code:javascript").delete(0, interviewer.doc.getText("code:javascript").length));
  // Both type at once, each in their language.
  await Promise.all([type(candidate, watcher, "python", PYTHON.slice(120)), type(interviewer, watcher, "javascript", JS, 15)]);
  await checkpoint();

  // A forged write: another participant's socket under the candidate's Yjs client id.
  const mallory = await TestClient.connect(R.roomId, { token: ivy });
  await until(() => mallory.synced, "mallory synced");
  const forger = new Y.Doc();
  Y.applyUpdate(forger, Y.encodeStateAsUpdate(candidate.doc));
  forger.clientID = candidate.doc.clientID;
  const sv = Y.encodeStateVector(forger);
  forger.getText("code:python").insert(0, "# HIRE ME\n");
  mallory.sendBinary(updateFrame(Y.encodeStateAsUpdate(forger, sv)));
  await until(() => mallory.denied.length > 0, "the forgery refused");
  forgedDenied = mallory.denied;

  expect((await post("setLanguage", cam, { language: "python" })).status).toBe(200);
  const run = await post("startRun", ivy, { language: "python" });
  expect(run.status).toBe(202);
  await finishedRun(R.roomId, ((await run.json()) as { runId: string }).runId, ivy);
  expect((await post("signals", cam, { signals: [{ kind: "paste", at: Date.now(), size: 42, external: true }] })).status).toBe(202);

  await type(candidate, watcher, "python", SCRATCH, 25);
  await checkpoint();
  await erase(candidate, watcher, "python", SCRATCH.length);
  await checkpoint();

  spectatorBeforeGrant = (await getRecord(R.roomId, sam)).status;
  expect((await post("recordAccess", ivy, { spectators: true })).status).toBe(200);
  const submit = await post("submit", cam, { language: "python" });
  expect(submit.status).toBe(202);
  await finishedRun(R.roomId, ((await submit.json()) as { runId: string }).runId, ivy);

  // The candidate's connection is lost (no close frame): the runtime reports 1006 to the Room.
  // (A workerd client socket cannot close without a close frame, so the runtime's report is made here.)
  const candidateId = R.candidate.identity.userId;
  await runInDurableObject(stub(), async (instance, state) => {
    const room = instance as unknown as RuntimeHooks;
    for (const ws of state.getWebSockets(`user:${candidateId}`)) await room.webSocketClose(ws, 1006);
  });
  await until(() => candidate.closeEvent !== null, "the candidate's socket closed");
  expect((await post("end", ivy)).status).toBe(200);
  await until(() => watcher.closeEvent !== null, "everyone out");
}, 240_000);

describe("a scripted interview", () => {
  it("gives every event in order, with its author (there is no hint feature yet: nothing emits `hint`)", async () => {
    const { events } = await wholeRecord(R.roomId, R.interviewer.token);
    for (let i = 1; i < events.length; i++) {
      expect(events[i].seq).toBeGreaterThanOrEqual(events[i - 1].seq);
      expect(events[i].t).toBeGreaterThanOrEqual(events[i - 1].t);
    }
    const [ivy, cam, sam] = [R.interviewer, R.candidate, R.spectator].map((p) => p.identity.userId);
    // No `hint` here: the contract has the kind, but no feature gives hints yet, so nothing emits one.
    const SCRIPTED = new Set(["join", "chat", "timer", "language", "run.start", "run.end", "paste", "record-access", "drop", "end"]);
    const script = events.filter((e) => SCRIPTED.has(e.kind)).map((e) => [e.kind, e.userId, "mode" in e ? e.mode : undefined]);
    expect(script).toEqual([
      ["join", sam, undefined], ["join", cam, undefined], ["join", ivy, undefined],
      ["chat", cam, undefined], ["timer", ivy, undefined], ["language", cam, undefined], ["language", cam, undefined],
      ["run.start", ivy, "run"], ["run.end", undefined, undefined], ["paste", cam, undefined], ["record-access", ivy, undefined],
      ["run.start", cam, "submit"], ["run.end", undefined, undefined], ["drop", cam, undefined], ["end", ivy, undefined],
    ]);
    const edits = events.filter((e): e is Extract<RecordEvent, { kind: "edit" }> => e.kind === "edit");
    // The room's own writes (the starter code) have no author; every other edit is its writer's.
    const by = (language: string) => new Set(edits.filter((e) => e.language === language && e.userId !== undefined).map((e) => e.userId));
    expect(by("python")).toEqual(new Set([cam]));
    expect(by("javascript")).toEqual(new Set([ivy]));
    expect(events.filter((e) => e.kind === "note").map((e) => e.userId)).toEqual([ivy]);
    expect(events.find((e) => e.kind === "chat")).toMatchObject({ text: "Should I handle duplicates?" });
    expect(events.find((e) => e.kind === "paste")).toMatchObject({ size: 42, external: true });
    expect(events.find((e) => e.kind === "run.start" && e.mode === "submit")).toMatchObject({ language: "python", source: PYTHON });
    expect(events.some((e) => e.kind === "run.output" && e.hidden && e.data.includes("LEAK"))).toBe(true);
    expect(events.some((e) => e.kind === "hint")).toBe(false);
  });

  it("for every update, the code at its time is what a stock client held right after it, and at a ms before, what it held before it (a cold Room, seeks across kept snapshots)", async () => {
    const updates = await sql<{ seq: number; ts: number }>("SELECT DISTINCT seq, ts FROM updates WHERE doc = 'code' AND seq > ? ORDER BY seq", syncedAt);
    expect(updates.length).toBe(afterUpdate.length);
    expect(updates.length).toBeGreaterThan(2 * KEPT_SNAPSHOT_SPACING);
    const kept = await sql<{ seq: number }>("SELECT seq FROM snapshot_index WHERE doc = 'code' AND seq > ? ORDER BY seq", syncedAt);
    expect(kept.length).toBeGreaterThanOrEqual(2); // seeks start from more than one snapshot within the typing
    // Several updates may share a ms: the time's code is after the last of them, a ms before it, before the first.
    const groups: Array<{ t: number; first: number; last: number }> = [];
    updates.forEach((u, i) => (groups.at(-1)?.t === u.ts ? (groups.at(-1)!.last = i) : groups.push({ t: u.ts, first: i, last: i })));
    expect(groups.length).toBeGreaterThan(50);
    await abortRoom(R.roomId);
    // Every moment from the Room (the RPC the route answers with); every 20th through the route as well.
    for (const [i, g] of groups.entries()) {
      const [at, before] = [await stub().codeAt(g.t, { notes: false }), await stub().codeAt(g.t - 1, { notes: false })];
      expect(at?.files, `code at ${g.t}`).toEqual(afterUpdate[g.last]);
      expect(before?.files, `code at ${g.t - 1}`).toEqual(g.first === 0 ? baseline : afterUpdate[g.first - 1]);
      if (i % 20 === 0) expect((await codeAt(R.roomId, R.interviewer.token, g.t)).files).toEqual(afterUpdate[g.last]);
    }
  }, 300_000);

  it("refuses a forged client id, and the code's authors stay its real authors", async () => {
    expect(forgedDenied[0]).toMatch(/belongs to another participant/);
    const end = await codeAt(R.roomId, R.interviewer.token, Date.now());
    expect(end.files.python).toBe(PYTHON);
    expect(end.authors.python).toEqual([{ userId: R.candidate.identity.userId, length: PYTHON.length }]);
    expect(end.authors.javascript).toEqual([{ userId: R.interviewer.identity.userId, length: JS.length }]);
    expect(end.notes).toBe(NOTES);
  });
});

describe("who reads the record", () => {
  it("a candidate gets 403; the organisation's reviewer reads it after the room ended; a stranger account gets 403", async () => {
    for (const path of [pathTo(ROUTES.record, { roomId: R.roomId }), `${pathTo(ROUTES.recordCode, { roomId: R.roomId })}?t=${Date.now()}`]) {
      const res = await call(path, { token: R.candidate.token });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/candidates cannot read/);
    }
    const page = await recordPage(R.roomId, T.reviewer);
    expect(page.room).toMatchObject({ id: R.roomId, orgId: T.orgId, endedAt: expect.any(Number), deleteAt: expect.any(Number) });
    expect(page.events.some((e) => e.kind === "note")).toBe(true);
    expect((await codeAt(R.roomId, T.reviewer, Date.now())).notes).toBe(NOTES);
    expect((await getRecord(R.roomId, T.admin)).status).toBe(200);
  });

  it("spectators: refused until an interviewer shares the record; then never the notes or hidden output", async () => {
    expect(spectatorBeforeGrant).toBe(403);
    const [asSpectator, asInterviewer] = await Promise.all([wholeRecord(R.roomId, R.spectator.token), wholeRecord(R.roomId, R.interviewer.token)]);
    const kinds = new Set(asSpectator.events.map((e) => e.kind));
    expect(kinds.has("edit") && kinds.has("run.end")).toBe(true);
    expect(kinds.has("note")).toBe(false);
    // What the submission printed during the hidden tests: the interviewers' only.
    const submitted = asInterviewer.events.find((e) => e.kind === "run.start" && e.mode === "submit") as { runId: string };
    expect(asInterviewer.events.some((e) => e.kind === "run.output" && e.runId === submitted.runId && e.hidden && e.data.includes("LEAK"))).toBe(true);
    expect(asSpectator.events.some((e) => e.kind === "run.output" && (e.hidden || e.runId === submitted.runId))).toBe(false);
    expect((await codeAt(R.roomId, R.spectator.token, Date.now())).notes).toBeUndefined();
    // Read with deltas: still none of the notes' text.
    expect(JSON.stringify((await recordPage(R.roomId, R.spectator.token, "deltas=1&limit=5000")).events)).not.toContain("asked about duplicates");
  });
});

describe("paging", () => {
  it("?after=&limit= walks the whole record, no event lost or repeated", async () => {
    const ivy = R.interviewer.token;
    const all = (await recordPage(R.roomId, ivy, `limit=${RECORD_PAGE_MAX}`)).events;
    expect(all.length).toBeGreaterThan(1000);
    for (const limit of [97, 1000]) {
      const { events, pages } = await wholeRecord(R.roomId, ivy, limit);
      expect(events).toEqual(all);
      expect(pages).toBe(Math.ceil(new Set(all.map((e) => e.seq)).size / limit));
    }
  }, 120_000);

  it("an update that changed several buffers at once is one seq, never split across pages nor skipped, at any page size", async () => {
    const room = await createRoom({ title: "Paging", language: "python" });
    const [ivy, cam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam")];
    const writer = await TestClient.connect(room.roomId, { token: cam.token });
    await until(() => writer.synced, "synced");
    const languages = ["python", "javascript", "go", "rust"];
    // A replace-all across buffers (one transaction: one update, an edit event per buffer), twelve times over.
    for (let i = 0; i < 12; i++) {
      writer.doc.transact(() => languages.forEach((l) => writer.doc.getText(`code:${l}`).insert(0, `${i}`)));
      await tick(); // its own frame: the Room logs what arrives together as one update
    }
    const check = await TestClient.connect(room.roomId, { token: ivy.token });
    await until(() => check.synced && check.text("code:rust").startsWith("11"), "stored");
    expect((await call(pathTo(ROUTES.chat, { roomId: room.roomId }), { token: cam.token, body: { text: "done" } })).status).toBe(201);
    const all = (await recordPage(room.roomId, ivy.token, `limit=${RECORD_PAGE_MAX}`)).events;
    const multi = all.filter((e) => e.kind === "edit" && e.userId === cam.identity.userId);
    const seqs = new Set(multi.map((e) => e.seq));
    expect(seqs.size).toBeGreaterThanOrEqual(8);
    expect(multi).toHaveLength(seqs.size * languages.length);
    for (let limit = 1; limit <= 12; limit++) {
      const { events } = await wholeRecord(room.roomId, ivy.token, limit);
      expect(events, `limit ${limit}`).toEqual(all);
    }
  });

  it("a limit over the cap answers capped; a malformed query is 400; an expired or forged token is 401", async () => {
    const ivy = R.interviewer.token;
    const capped = await recordPage(R.roomId, ivy, `limit=${RECORD_PAGE_MAX + 1}`);
    expect(capped).toMatchObject({ limit: RECORD_PAGE_MAX, capped: true });
    expect(await recordPage(R.roomId, ivy, "limit=10")).toMatchObject({ limit: 10, capped: false, next: expect.any(Number) });
    for (const q of ["after=-1", "limit=0", "limit=abc", "after=1.5", "deltas=yes", "colour=red"]) {
      const res = await getRecord(R.roomId, ivy, q);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    }
    expect((await call(`${pathTo(ROUTES.recordCode, { roomId: R.roomId })}?t=soon`, { token: ivy })).status).toBe(400);
    const claims = { kind: "session", v: 1, rid: R.roomId, role: "interviewer", jti: "x", uid: R.interviewer.identity.userId, name: "Ivy" } as const;
    const expired = await signToken({ ...claims, exp: Date.now() - 1 }, SECRET);
    const forged = await signToken({ ...claims, exp: Date.now() + 60_000 }, "another-secret-that-is-long-enough-0000000");
    for (const [token, message] of [[expired, /expired/], [forged, /invalid/], [`${ivy.slice(0, -3)}AAA`, /invalid/]] as const) {
      const res = await getRecord(R.roomId, token);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
  });
});
