/**
 * The test-case panel's runs through the real Room and runner: untouched examples by index plus
 * edited ones as custom cases (expected output from the reference), the limits on the record, a
 * compile error once, Run stopping at the first TLE; and the bad input a panel (or anyone) can send:
 * stdin on a judged run, an example that does not exist, nothing to run, a case that does not fit
 * the signature, too many cases, a spectator.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { readRun } from "../../contracts/room-state";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, createRoom, join } from "./api";
import { seedProblems, TWO_SUM_PYTHON } from "./seed";

beforeAll(() => seedProblems());

async function twoSumRoom(language: "python" | "cpp", code: string) {
  const room = await createRoom({ title: "Two Sum", language, problem: "two-sum" });
  const [ivy, cam, sam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam"), await join(room, "spectator", "Sam")];
  const writer = await TestClient.connect(room.roomId, { token: cam.token });
  const state = await TestClient.connect(room.roomId, { doc: "state", token: ivy.token });
  await until(() => writer.synced && state.synced, "synced");
  const text = writer.doc.getText(`code:${language}`);
  writer.doc.transact(() => {
    text.delete(0, text.length); // the problem's starter
    text.insert(0, code);
  });
  const check = await TestClient.connect(room.roomId, { token: ivy.token });
  await until(() => check.synced && check.doc.getText(`code:${language}`).toString() === code, "code stored");
  return { room, cam, sam, state: state.doc };
}

type Room = Awaited<ReturnType<typeof twoSumRoom>>;
const startRun = (r: Room, body: unknown, token = r.cam.token) => call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token, body });

async function judged(r: Room, body: unknown) {
  const res = await startRun(r, body);
  expect(res.status, await res.clone().text()).toBe(202);
  const { runId } = (await res.json()) as { runId: string };
  await until(() => ["finished", "failed"].includes(readRun(r.state as Y.Doc, runId)?.status ?? ""), "judged", 60_000);
  return readRun(r.state, runId)!;
}

async function refused(r: Room, body: unknown, status: number, message: RegExp, token?: string) {
  const res = await startRun(r, body, token);
  expect(res.status).toBe(status);
  expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
}

describe("the test-case panel's runs", () => {
  it("runs the untouched examples by index and an edited one as a custom case, with every case's details and the limits", async () => {
    const r = await twoSumRoom("python", TWO_SUM_PYTHON);
    const run = await judged(r, { language: "python", examples: [1], cases: [{ nums: [2, 7, 11, 15], target: 26 }] });
    expect(run).toMatchObject({ status: "finished", total: 2, judge: { verdict: "AC", passed: 2, total: 2 }, limits: { cpuMs: 4100, wallMs: 9200, memoryMb: 256 } });
    expect(run.tests!.map((t) => [t.kind, t.verdict, t.input, t.expected, t.actual])).toEqual([
      ["example", "AC", "nums = [3,2,4]\ntarget = 6", "[1,2]", "[1,2]"],
      ["custom", "AC", "nums = [2,7,11,15]\ntarget = 26", "[2,3]", "[2,3]"],
    ]);
  });

  it("a compile error is one CE for the run, not one per example", async () => {
    const r = await twoSumRoom("cpp", "class Solution { public: vector<int> twoSum(vector<int>& nums, int target) { return nums.missing(); } };\n");
    const run = await judged(r, { language: "cpp" });
    expect(run).toMatchObject({ total: 3, tests: [], judge: { verdict: "CE", passed: 0, total: 3 }, exit: { stage: "compile", status: "CE" } });
    expect(run.judge!.message).toMatch(/missing/);
  });

  it("Run stops at the first TLE: one time limit, not one per example", async () => {
    const r = await twoSumRoom("python", "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        while True:\n            pass\n");
    const started = Date.now();
    const run = await judged(r, { language: "python" });
    expect(run).toMatchObject({ total: 3, judge: { verdict: "TLE", passed: 0, total: 3, failure: { index: 0 } } });
    expect(run.tests!.map((t) => t.verdict)).toEqual(["TLE"]);
    expect(Date.now() - started).toBeLessThan(2 * run.limits!.wallMs!);
  });

  it("refuses what a judged run cannot take, saying why, and starts nothing", async () => {
    const r = await twoSumRoom("python", TWO_SUM_PYTHON);
    await refused(r, { language: "python", stdin: "1\n" }, 400, /stdin is for plain runs/);
    await refused(r, { language: "python", examples: [3] }, 400, /example 4 does not exist/);
    await refused(r, { language: "python", examples: [] }, 400, /nothing to run/);
    await refused(r, { language: "python", cases: [{ nums: [1, 2] }] }, 400, /missing parameter "target"/);
    await refused(r, { language: "python", cases: [{ nums: [1, 2], target: 3, k: 1 }] }, 400, /unknown parameter "k"/);
    await refused(r, { language: "python", cases: [{ nums: [1, 2.5], target: 3 }] }, 400, /nums\[1\]: expected a 32-bit int/);
    await refused(r, { language: "python", cases: Array.from({ length: 9 }, () => ({ nums: [1, 2], target: 3 })) }, 400, /8/);
    await refused(r, { language: "python", examples: ["0"] }, 400, /examples/);
    await refused(r, { language: "python", cases: [{ nums: [1, 2], target: 3 }] }, 403, /./, r.sam.token);
    expect(r.state.getArray("runOrder").length).toBe(0);
  });
});
