/**
 * The Room over a pool of three real runners (RUNNER_URLS; vitest.runner-pool.config.ts): where
 * runs go when a runner is full, what a participant sees when every runner refuses, and what
 * becomes of a run whose runner is killed, restarted or hung (SIGKILL, SIGSTOP) mid-run.
 * Each runner has two slots and no queue; "holding" a runner fills its slots with sleeps posted to
 * it directly, as the rooms of other Worker isolates would. Tests run in order: the first relies
 * on the pool having heard no runner yet.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { RUNNER_PATHS } from "../../../contracts/runner";
import { TestClient, until } from "../../../test/workerd/room-client";
import { call, staffedRoom } from "../api";

const { RUNNER_URLS, RUNNER_SECRET, TEST_POOL_CONTROL } = env as unknown as { RUNNER_URLS: string; RUNNER_SECRET: string; TEST_POOL_CONTROL: string };
const RUNNERS = RUNNER_URLS.split(",");
const [A, B, C] = RUNNERS;
const auth = { Authorization: `Bearer ${RUNNER_SECRET}` };

type Action = "kill" | "start" | "stop" | "cont" | "hold" | "release";
async function control(runner: string, action: Action): Promise<void> {
  const res = await fetch(`${TEST_POOL_CONTROL}/${RUNNERS.indexOf(runner)}/${action}`);
  if (!res.ok) throw new Error(`control ${action}: ${await res.text()}`);
}

async function running(runner: string): Promise<number> {
  return ((await (await fetch(new URL(RUNNER_PATHS.health, runner))).json()) as { running: number }).running;
}

/** Sums a runner's Prometheus counter over the series whose labels include `having`. */
async function counter(runner: string, name: string, having = ""): Promise<number> {
  const text = await (await fetch(new URL(RUNNER_PATHS.metrics, runner), { headers: auth })).text();
  return text
    .split("\n")
    .filter((l) => l.startsWith(`${name}{`) && l.includes(having))
    .reduce((sum, l) => sum + Number(l.split(" ").pop()), 0);
}
/** Runs that ran to a clean end on each runner, and the runs each refused. */
const finishedRuns = (r: string) => counter(r, "runner_stages_total", 'stage="run",status="OK"');
const refusals = (r: string) => counter(r, "runner_rejected_total");
const each = (f: (r: string) => Promise<number>) => Promise.all(RUNNERS.map(f));

/** Fills a runner's free slots with sleeps (posted by the global setup); release() ends them and waits for those slots to free. */
async function hold(runner: string): Promise<{ release(): Promise<void> }> {
  await control(runner, "hold");
  return { release: () => control(runner, "release") };
}

async function untilAsync(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Room = Awaited<ReturnType<typeof staffedRoom>> & { watcher: TestClient };

/** A room whose Python buffer holds `code`, watched on its state doc. */
async function roomWith(code: string): Promise<Room> {
  const r = await staffedRoom();
  const watcher = await TestClient.connect(r.room.roomId, { doc: "state", token: r.interviewer.token });
  await setCode(r, code);
  await until(() => watcher.synced, "watching");
  return { ...r, watcher };
}

/** The candidate replaces the Python buffer; done once another socket of the room reads it back. */
async function setCode(r: Awaited<ReturnType<typeof staffedRoom>>, code: string): Promise<void> {
  const writer = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
  await until(() => writer.synced, "writer synced");
  const text = writer.doc.getText("code:python");
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
  const check = await TestClient.connect(r.room.roomId, { token: r.interviewer.token });
  await until(() => check.synced && check.text() === code, "code stored");
  writer.close();
  check.close();
}

function runIn(doc: Y.Doc, id: string) {
  const rec = doc.getMap<Y.Map<unknown>>("runs").get(id);
  const output = ((rec?.get("output") as Y.Array<{ stream: string; data: string }> | undefined)?.toArray() ?? []).map((o) => o.data).join("");
  return { status: rec?.get("status") as string | undefined, error: rec?.get("error") as string | undefined, output };
}

/** Starts a run; `who` alternates the participant so 30 runs stay under the per-person rate limit. */
async function startRun(r: Room, who: "candidate" | "interviewer" = "candidate"): Promise<Response> {
  return call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token: r[who].token, body: { language: "python" } });
}

async function runId(res: Response): Promise<string> {
  expect(res.status).toBe(202);
  return ((await res.json()) as { runId: string }).runId;
}

const final = (s?: string) => s === "finished" || s === "failed" || s === "cancelled";

async function ended(r: Room, id: string, ms = 20_000) {
  await until(() => final(runIn(r.watcher.doc, id).status), `run ${id} ended`, ms);
  return runIn(r.watcher.doc, id);
}

/** Until no runner has a run: what an earlier test released has been let go. */
const idle = () => untilAsync(async () => (await each(running)).every((n) => n === 0), "runners idle");

/** The runner a run has gone to: the one with more runs than `before`. */
async function runnerOfNewRun(before: number[]): Promise<string> {
  let found: string | undefined;
  await untilAsync(async () => {
    const now = await each(running);
    found = RUNNERS.find((_, i) => now[i] > before[i]);
    return found !== undefined;
  }, "the run on a runner");
  return found as string;
}

const LONG = "import time\nprint('working', flush=True)\ntime.sleep(30)\n";

describe("runs over a pool of three runners", () => {
  it("a runner answering 429 is skipped: the run goes on to one with a free slot", async () => {
    const held = [await hold(A), await hold(B)];
    try {
      const r = await roomWith("print('hello')\n");
      const [refusedBefore, doneBefore] = [await each(refusals), await each(finishedRuns)];
      // Two runs: the pool has heard no runner yet, so a full one is asked at least once (by the
      // second run at the latest: C's answer to the first made C the more loaded on paper).
      for (const who of ["candidate", "interviewer"] as const) expect(await ended(r, await runId(await startRun(r, who)))).toMatchObject({ status: "finished", output: "hello\n" });
      const refused = (await each(refusals)).map((n, i) => n - refusedBefore[i]);
      expect(refused[0] + refused[1]).toBeGreaterThanOrEqual(1);
      expect(Math.max(...refused)).toBeLessThanOrEqual(2); // each runner at most once per run
      expect((await each(finishedRuns)).map((n, i) => n - doneBefore[i])).toEqual([0, 0, 2]);
    } finally {
      await Promise.all(held.map((h) => h.release()));
    }
  });

  it("with runner A's slots held busy, at least 27 of 30 runs go to B and C: A, once it refused, is passed over", async () => {
    const held = await hold(A);
    try {
      const r = await roomWith("print('hi')\n");
      const [refusedBefore, doneBefore] = [await each(refusals), await each(finishedRuns)];
      for (let i = 0; i < 30; i++) {
        const run = await ended(r, await runId(await startRun(r, i % 2 ? "interviewer" : "candidate")));
        expect(run.status).toBe("finished");
      }
      const done = (await each(finishedRuns)).map((n, i) => n - doneBefore[i]);
      expect(done[1] + done[2]).toBeGreaterThanOrEqual(27);
      // Not a retry per run: A is asked again only once its refusal is stale (LOAD_TTL_MS), where
      // two random choices knowing nothing would ask it first in about a third of the runs.
      expect((await refusals(A)) - refusedBefore[0]).toBeLessThanOrEqual(5);
    } finally {
      await held.release();
    }
  });

  it("every runner refusing: the participant gets 503 with Retry-After, each runner asked once", async () => {
    const r = await roomWith("print('hi')\n");
    const held = [await hold(A), await hold(B), await hold(C)];
    try {
      const before = await each(refusals);
      const res = await startRun(r);
      expect(res.status).toBe(503);
      expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
      expect(await res.json()).toMatchObject({ error: { code: "no_runner_capacity", message: expect.stringMatching(/no runner capacity.*3 busy/) } });
      expect((await each(refusals)).map((n, i) => n - before[i])).toEqual([1, 1, 1]);
    } finally {
      await Promise.all(held.map((h) => h.release()));
    }
    expect(await ended(r, await runId(await startRun(r)))).toMatchObject({ status: "finished" }); // and the room may run again
  });

  it("a runner killed mid-run: its run fails within 2 s, saying so, the next run succeeds, and the restart leaves another runner's run intact", async () => {
    const ticks = Array.from({ length: 12 }, (_, i) => `tick ${i}\n`).join("");
    const x = await roomWith("import time\nfor i in range(12):\n    print(f'tick {i}', flush=True)\n    time.sleep(0.4)\n");
    const y = await roomWith(LONG);
    await idle();
    const xRun = await runId(await startRun(x));
    const first = await runnerOfNewRun([0, 0, 0]);
    const busy = await each(running);
    const other = await hold(first); // its other slot: Y's run goes elsewhere
    try {
      busy[RUNNERS.indexOf(first)]++;
      const yRun = await runId(await startRun(y));
      const second = await runnerOfNewRun(busy);
      expect(second).not.toBe(first);
      await until(() => runIn(y.watcher.doc, yRun).output === "working\n", "Y running", 10_000);
      expect(runIn(x.watcher.doc, xRun).status).toBe("running");

      const killedAt = Date.now();
      await control(second, "kill");
      const restarted = control(second, "start"); // back on its port while X's run goes on
      const y1 = await ended(y, yRun, 5_000);
      expect(Date.now() - killedAt).toBeLessThan(2_000);
      expect(y1).toMatchObject({ status: "failed", error: expect.stringMatching(/^the runner went away mid-run/) });

      await setCode(y, "print('again')\n");
      expect(await ended(y, await runId(await startRun(y)))).toMatchObject({ status: "finished", output: "again\n" });

      await restarted;
      expect(await ended(x, xRun)).toMatchObject({ status: "finished", output: ticks });
    } finally {
      await other.release();
    }
  });

  it("a silent runner (SIGSTOP): its run fails within 6 s and the participant can run again at once", async () => {
    const z = await roomWith(LONG);
    await idle();
    const zRun = await runId(await startRun(z));
    const runner = await runnerOfNewRun([0, 0, 0]);
    await until(() => runIn(z.watcher.doc, zRun).output === "working\n", "running", 10_000);
    const stoppedAt = Date.now();
    await control(runner, "stop");
    try {
      const run = await ended(z, zRun, 8_000);
      expect(Date.now() - stoppedAt).toBeLessThan(6_000);
      expect(run).toMatchObject({ status: "failed", error: expect.stringMatching(/^the runner stopped responding/) });
    } finally {
      await control(runner, "cont");
    }
    const next = await runId(await startRun(z, "interviewer"));
    await until(() => runIn(z.watcher.doc, next).output === "working\n", "running again", 10_000);
    await call(pathTo(ROUTES.cancelRun, { roomId: z.room.roomId, runId: next }), { token: z.interviewer.token, method: "POST" });
  });
});
