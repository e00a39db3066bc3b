/**
 * Every command route of a room puts its event on the interview's record: a table of route →
 * the event kinds it emits, each called in turn on a real room (real runs), and a check that the
 * table covers every route that changes a room (POST, PUT, DELETE under /api/rooms/:roomId/)
 * except the few listed with why, so a new command route without an event fails here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RecordEventKind } from "../../contracts/record";
import { pathTo, type Route, type RouteName, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, staffedRoom } from "./api";
import { finishedRun, setBuffer, wholeRecord } from "./record-room";
import { seedProblems, TWO_SUM_PYTHON } from "./seed";

/** Routes under a room that put nothing on its record, and why that is right. */
const NO_EVENT: Partial<Record<RouteName, string>> = {
  join: "mints a session from a link; the person is on the record when they arrive (join, from their first socket)",
  inviteInfo: "reads where a link leads, before anyone joins: nothing changes",
  enterRoom: "the same for a signed-in account: their arrival is the join",
  forgetRoomSession: "this browser forgets its own way back in (clears its cookie); the room is unchanged",
  addRoomInterviewer: "grants an account the room (D1); they are on the record when they arrive",
  deleteRecord: "deletes the record itself: nothing is left to hold an event",
  setRubric: "sets what the cards score, before the first card is in (D1, beside the cards); the submitted card is the event",
};

type Who = "interviewer" | "candidate";
interface Row {
  as: Who;
  /** Done before the call, its own events not counted (e.g. a run to cancel). */
  prepare?: () => Promise<void>;
  params?: () => Record<string, string>;
  body?: () => unknown;
  /** After the call: what it started must end before the record is read. */
  settle?: (res: Response) => Promise<void>;
  /** The record's new events, in order (edits, output and presence aside). */
  kinds: RecordEventKind[];
}

const CORRECT = TWO_SUM_PYTHON;

let staff: Awaited<ReturnType<typeof staffedRoom>>;
let writer: TestClient;
let check: TestClient;
let inviteId = "";
let sleepingRun = "";
const roomId = () => staff.room.roomId;
const tokenOf = (who: Who) => staff[who].token;
const runOf = async (res: Response) => ((await res.clone().json()) as { runId: string }).runId;
const ended = (who: Who) => async (res: Response) => void (await finishedRun(roomId(), await runOf(res), tokenOf(who)));

const COMMANDS: Partial<Record<RouteName, Row>> = {
  setReadOnly: { as: "interviewer", body: () => ({ candidateReadOnly: false }), kinds: ["read-only"] },
  createInvite: {
    as: "interviewer", body: () => ({ role: "spectator" }), kinds: ["invite.create"],
    settle: async (res) => void (inviteId = ((await res.clone().json()) as { id: string }).id),
  },
  revokeInvite: { as: "interviewer", params: () => ({ inviteId }), kinds: ["invite.revoke"] },
  extend: { as: "interviewer", body: () => ({ hours: 1 }), kinds: ["extend"] },
  chat: { as: "candidate", body: () => ({ text: "hi" }), kinds: ["chat"] },
  setLanguage: { as: "candidate", body: () => ({ language: "python" }), kinds: ["language"] },
  timer: { as: "interviewer", body: () => ({ action: "start", minutes: 30 }), kinds: ["timer"] },
  setSpectatorsVisible: { as: "interviewer", body: () => ({ visible: true }), kinds: ["spectators-visible"] },
  recordAccess: { as: "interviewer", body: () => ({ spectators: true }), kinds: ["record-access"] },
  signals: {
    as: "candidate", kinds: ["paste", "blur"],
    body: () => ({ signals: [{ kind: "paste", at: Date.now(), size: 80, external: true }, { kind: "blur", at: Date.now() }] }),
  },
  startRun: {
    as: "candidate", prepare: () => setBuffer(writer, check, "python", "print('hi')\n"), body: () => ({ language: "python" }),
    settle: ended("candidate"), kinds: ["run.start", "run.end"],
  },
  cancelRun: {
    as: "candidate", kinds: ["run.end"], params: () => ({ runId: sleepingRun }),
    prepare: async () => {
      await setBuffer(writer, check, "python", "import time\ntime.sleep(20)\n");
      const res = await call(pathTo(ROUTES.startRun, { roomId: roomId() }), { token: tokenOf("candidate"), body: { language: "python" } });
      sleepingRun = await runOf(res);
    },
    settle: async () => void expect((await finishedRun(roomId(), sleepingRun, tokenOf("candidate"))).status).toBe("cancelled"),
  },
  setProblem: { as: "interviewer", body: () => ({ slug: "two-sum" }), kinds: ["problem"] },
  revealHint: { as: "interviewer", kinds: ["hint"] },
  submit: {
    as: "candidate", prepare: () => setBuffer(writer, check, "python", CORRECT), body: () => ({ language: "python" }),
    settle: ended("candidate"), kinds: ["run.start", "run.end"],
  },
  saveScorecard: {
    as: "interviewer", kinds: ["scorecard"],
    body: () => ({ ratings: [{ criterionId: "coding", rating: 3, evidence: "clean" }], recommendation: "yes", notes: "", submit: true }),
  },
  end: { as: "interviewer", kinds: ["end"] },
};

const QUIET = new Set<RecordEventKind>(["edit", "note", "run.output", "join", "leave", "drop", "notice"]);

beforeAll(async () => {
  await seedProblems();
  staff = await staffedRoom();
  writer = await TestClient.connect(roomId(), { token: staff.candidate.token });
  check = await TestClient.connect(roomId(), { token: staff.interviewer.token });
  await until(() => writer.synced && check.synced, "synced");
}, 60_000);

describe("every command route emits its event", () => {
  it("the table covers every route that changes a room, but the listed few", () => {
    const changing = (Object.entries(ROUTES) as Array<[RouteName, Route]>)
      .filter(([, r]) => r.method !== "GET" && r.path.startsWith("/api/rooms/:roomId/"))
      .map(([name]) => name);
    expect([...Object.keys(COMMANDS), ...Object.keys(NO_EVENT)].sort()).toEqual(changing.sort());
  });

  it("each, called in turn, puts exactly its events on the record, by its caller", async () => {
    const userOf = { interviewer: staff.interviewer.identity.userId, candidate: staff.candidate.identity.userId };
    for (const [name, row] of Object.entries(COMMANDS) as Array<[RouteName, Row]>) {
      await row.prepare?.();
      const before = Math.max(0, ...(await wholeRecord(roomId(), staff.interviewer.token)).events.map((e) => e.seq));
      const route = ROUTES[name] as Route;
      const res = await call(pathTo(route, { roomId: roomId(), ...row.params?.() }), { method: route.method, token: tokenOf(row.as), body: row.body?.() ?? {} });
      expect(res.ok, `${name}: ${res.status} ${await res.clone().text()}`).toBe(true);
      await row.settle?.(res);
      const after = (await wholeRecord(roomId(), staff.interviewer.token)).events.filter((e) => e.seq > before && !QUIET.has(e.kind));
      expect(after.map((e) => e.kind), name).toEqual(row.kinds);
      // A command's events are its caller's; how a run ended is the room's own.
      for (const e of after) if (e.kind !== "run.end") expect(e.userId, `${name}: ${e.kind}`).toBe(userOf[row.as]);
    }
  }, 180_000);
});
