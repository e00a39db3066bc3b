import { beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, createRoom, join, staffedRoom } from "./api";
import { seedProblems, TWO_SUM_PYTHON } from "./seed";
import { pathTo, ROUTES } from "../../contracts/routes";

beforeAll(() => seedProblems());

const CORRECT = TWO_SUM_PYTHON;
// Misses pairs that end at the last element.
const OFF_BY_ONE = CORRECT.replace("for i, x in enumerate(nums):", "for i, x in enumerate(nums[:-1]):").replace("seen = {}", "seen = {}\n        print('checking', len(nums))");

async function twoSumRoom(code: string) {
  const room = await createRoom({ title: "Two Sum", language: "python", problem: "two-sum" });
  const [ivy, cam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam")];
  const writer = await TestClient.connect(room.roomId, { token: cam.token });
  const state = await TestClient.connect(room.roomId, { doc: "state", token: ivy.token });
  await until(() => writer.synced && state.synced, "synced");
  const text = writer.doc.getText("code:python");
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
  const check = await TestClient.connect(room.roomId, { token: ivy.token });
  await until(() => check.synced && check.text() === code, "code stored");
  return { room, ivy, cam, state };
}

function record(doc: Y.Doc, id: string) {
  const rec = doc.getMap<Y.Map<unknown>>("runs").get(id);
  return {
    mode: rec?.get("mode"), status: rec?.get("status") as string | undefined, total: rec?.get("total") as number,
    tests: ((rec?.get("tests") as Y.Array<{ index: number; verdict: string; kind: string; input?: string; stdout?: string }>) ?? { toArray: () => [] }).toArray(),
    judge: rec?.get("judge") as { verdict: string; passed: number; total: number; failure?: { index: number; input: string; expected: string; actual: string; stdout: string } } | undefined,
    submissionId: rec?.get("submissionId") as string | undefined,
  };
}

async function lastRunId(r: Awaited<ReturnType<typeof twoSumRoom>>): Promise<string> {
  const order = r.state.doc.getArray<string>("runOrder").toArray();
  return order[order.length - 1];
}

const done = (s?: string) => s === "finished" || s === "failed" || s === "cancelled";

async function runAndWait(route: "startRun" | "submit", r: Awaited<ReturnType<typeof twoSumRoom>>, body: unknown) {
  const res = await call(pathTo(ROUTES[route], { roomId: r.room.roomId }), { token: r.cam.token, body });
  expect(res.status, await res.clone().text()).toBe(202);
  const { runId } = (await res.json()) as { runId: string };
  await until(() => done(record(r.state.doc, runId).status), "judged", 60_000);
  return record(r.state.doc, runId);
}

describe("Run and Submit against a problem", () => {
  it("Run judges the visible examples, test by test, and a correct solution is Accepted", async () => {
    const r = await twoSumRoom(CORRECT);
    const rec = await runAndWait("startRun", r, { language: "python" });
    expect(rec).toMatchObject({ mode: "run", status: "finished", total: 3, judge: { verdict: "AC", passed: 3, total: 3 } });
    expect(rec.tests.map((t) => [t.index, t.kind, t.verdict])).toEqual([[0, "example", "AC"], [1, "example", "AC"], [2, "example", "AC"]]);
    expect(rec.tests[0].input).toContain("nums = [2,7,11,15]");
  });

  it("custom cases get expected outputs from the reference solution", async () => {
    const r = await twoSumRoom(CORRECT);
    const rec = await runAndWait("startRun", r, { language: "python", cases: [{ nums: [1, 5, 9], target: 14 }, "nums = [0,4,3,0]\ntarget = 0"] });
    expect(rec.total).toBe(5);
    expect(rec.tests.filter((t) => t.kind === "custom").map((t) => t.verdict)).toEqual(["AC", "AC"]);
    const bad = await call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token: r.cam.token, body: { language: "python", cases: [{ nums: "nope", target: 1 }] } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/nums/);
  });

  it("Submit: an off-by-one is Wrong Answer on the right input, stops at the first failure, and is recorded", async () => {
    const r = await twoSumRoom(OFF_BY_ONE);
    const rec = await runAndWait("submit", r, { language: "python" });
    expect(rec.mode).toBe("submit");
    expect(rec.judge!.verdict).toBe("WA");
    expect(rec.judge!.failure!.input).toMatch(/nums = \[.*\]\ntarget = /);
    expect(rec.judge!.failure!.stdout).toContain("checking");
    expect(rec.tests.length).toBe(rec.judge!.failure!.index + 1); // nothing judged after the first failure
    expect(rec.tests.length).toBeLessThan(rec.total);
    const list = (await (await call(pathTo(ROUTES.submissions, { roomId: r.room.roomId }), { token: r.ivy.token })).json()) as { submissions: { id: string; verdict: string; passed: number; total: number }[] };
    expect(list.submissions).toHaveLength(1);
    expect(list.submissions[0]).toMatchObject({ id: rec.submissionId, verdict: "WA", passed: rec.judge!.passed, total: rec.total });
  });

  it("Submit: a program that prints every hidden input shows participants only the failing test's output, at most 4 KiB; interviewers read all of it in the record", async () => {
    // Prints each hidden input; right until the hidden test that starts [7, 1, 8], where it also prints 6 KB more.
    const LEAKY = CORRECT.replace(
      "seen = {}",
      "seen = {}\n        print('LEAK', nums, target)\n        if nums[:3] == [7, 1, 8]:\n            print('y' * 6000)\n            return []",
    );
    const r = await twoSumRoom(LEAKY);
    const rec = await runAndWait("submit", r, { language: "python" });
    expect(rec.judge!.verdict).toBe("WA");
    const failing = rec.judge!.failure!;
    expect(rec.tests.length).toBeGreaterThan(1); // earlier hidden tests passed and printed
    // The state doc (what every participant syncs) holds no output streamed during the tests…
    const output = (r.state.doc.getMap<Y.Map<unknown>>("runs").get(await lastRunId(r))!.get("output") as Y.Array<{ data: string }>).toArray();
    expect(output.map((o) => o.data).join("")).not.toContain("LEAK");
    // …only the failing test's own prints, capped at 4 KiB.
    expect(failing.stdout).toContain("LEAK [7, 1, 8");
    expect(new TextEncoder().encode(failing.stdout).length).toBeLessThanOrEqual(4096);
    for (const t of rec.tests.slice(0, -1)) expect(t.stdout ?? "").not.toContain("LEAK");
    const runId = await lastRunId(r);
    const asCandidate = (await (await call(pathTo(ROUTES.run, { roomId: r.room.roomId, runId }), { token: r.cam.token })).json()) as { run: { output: { data: string }[]; hiddenOutput?: boolean } };
    expect(asCandidate.run.output.map((o) => o.data).join("")).not.toContain("LEAK");
    expect(asCandidate.run.hiddenOutput).toBe(true);
    const asInterviewer = (await (await call(pathTo(ROUTES.run, { roomId: r.room.roomId, runId }), { token: r.ivy.token })).json()) as { run: { output: { data: string }[] } };
    const leaks = asInterviewer.run.output.map((o) => o.data).join("").match(/LEAK/g) ?? [];
    expect(leaks.length).toBe(rec.tests.length); // every test's prints are in the record
  });

  it("Submit: a correct solution passes every hidden test", async () => {
    const r = await twoSumRoom(CORRECT);
    const rec = await runAndWait("submit", r, { language: "python" });
    expect(rec.judge).toMatchObject({ verdict: "AC" });
    expect(rec.judge!.passed).toBe(rec.total);
    expect(rec.total).toBeGreaterThan(5);
    expect(rec.submissionId).toBeTruthy();
  });

  it("a run-only language (Ruby) cannot run a problem's tests: Run and Submit say which languages can; without the problem it runs", async () => {
    const r = await twoSumRoom(CORRECT);
    const roomId = r.room.roomId;
    expect((await call(pathTo(ROUTES.setLanguage, { roomId }), { token: r.cam.token, body: { language: "ruby" } })).status).toBe(200);
    for (const route of ["startRun", "submit"] as const) {
      const res = await call(pathTo(ROUTES[route], { roomId }), { token: r.cam.token, body: { language: "ruby" } });
      expect(res.status, route).toBe(409);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.message).toMatch(/^Ruby .*runs programs only: a problem's tests run in JavaScript, TypeScript, Python 3, Java, C\+\+, Go, C, Rust, C# 7$/);
    }
    expect(r.state.doc.getArray("runOrder").length).toBe(0); // nothing was started
    expect((await call(pathTo(ROUTES.setProblem, { roomId }), { token: r.ivy.token, body: { slug: null } })).status).toBe(200);
    const writer = await TestClient.connect(roomId, { token: r.cam.token });
    await until(() => writer.synced, "synced");
    const ruby = writer.doc.getText("code:ruby");
    writer.doc.transact(() => {
      ruby.delete(0, ruby.length);
      ruby.insert(0, 'puts "sum #{gets.split.map(&:to_i).sum}"\n');
    });
    const check = await TestClient.connect(roomId, { token: r.ivy.token });
    await until(() => check.synced && check.doc.getText("code:ruby").toString().startsWith("puts"), "code stored");
    const started = await call(pathTo(ROUTES.startRun, { roomId }), { token: r.cam.token, body: { language: "ruby", stdin: "2 3 4\n" } });
    expect(started.status, await started.clone().text()).toBe(202);
    const { runId } = (await started.json()) as { runId: string };
    await until(() => done(record(r.state.doc, runId).status), "ran", 30_000);
    const rec = r.state.doc.getMap<Y.Map<unknown>>("runs").get(runId)!;
    const stdout = (rec.get("output") as Y.Array<{ stream: string; data: string }>).toArray().filter((o) => o.stream === "stdout").map((o) => o.data).join("");
    expect({ mode: rec.get("mode"), status: rec.get("status"), stdout }).toEqual({ mode: "program", status: "finished", stdout: "sum 9\n" });
  });

  it("without a problem, Submit is refused and custom cases are bad input", async () => {
    const r = await staffedRoom();
    const submit = await call(pathTo(ROUTES.submit, { roomId: r.room.roomId }), { token: r.candidate.token, body: { language: "python" } });
    expect(submit.status).toBe(409);
    const cases = await call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token: r.candidate.token, body: { language: "python", cases: [{ a: 1 }] } });
    expect(cases.status).toBe(400);
    expect((await call(pathTo(ROUTES.submit, { roomId: r.room.roomId }), { token: r.spectator.token, body: { language: "python" } })).status).toBe(403);
  });
});
