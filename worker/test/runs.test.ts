import { env, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, staffedRoom } from "./api";
import { pathTo, ROUTES } from "../../contracts/routes";

const CONTROL = (env as unknown as { TEST_RUNNER_CONTROL: string }).TEST_RUNNER_CONTROL;

type Room = Awaited<ReturnType<typeof staffedRoom>>;

afterEach(async () => {
  await fetch(`${CONTROL}/start`); // a test that stopped the runner must not take it from the next
});

async function setCode(r: Room, language: string, code: string): Promise<void> {
  const writer = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
  const check = await TestClient.connect(r.room.roomId, { token: r.interviewer.token });
  await until(() => writer.synced && check.synced, "synced");
  const text = writer.doc.getText(`code:${language}`);
  writer.doc.transact(() => {
    text.delete(0, text.length); // the room starts with the starter template
    text.insert(0, code);
  });
  await until(() => check.text(`code:${language}`) === code, "code stored");
  writer.close();
  check.close();
}

function run(doc: Y.Doc, id: string) {
  const rec = doc.getMap<Y.Map<unknown>>("runs").get(id);
  if (!rec) return undefined;
  const output = (rec.get("output") as Y.Array<{ stream: string; data: string }>).toArray();
  return {
    status: rec.get("status") as string,
    exit: rec.get("exit") as { status: string; exitCode: number } | undefined,
    error: rec.get("error") as string | undefined,
    stdout: output.filter((o) => o.stream === "stdout").map((o) => o.data).join(""),
    stderr: output.filter((o) => o.stream === "stderr").map((o) => o.data).join(""),
    by: rec.get("by") as { name: string },
  };
}

async function startRun(r: Room, body: unknown, token = r.candidate.token) {
  return call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token, body });
}

const final = (s?: string) => s === "finished" || s === "failed" || s === "cancelled" || s === "interrupted";

const PROGRESSIVE = `import time
for i in range(5):
    print(f"tick {i}", flush=True)
    time.sleep(0.4)
print("done")
`;

describe("runs stream into the room", () => {
  it("three participants see the same output appear live, then the same final status", async () => {
    const r = await staffedRoom();
    await setCode(r, "python", PROGRESSIVE);
    const watchers = await Promise.all([r.interviewer, r.candidate, r.spectator].map((p) => TestClient.connect(r.room.roomId, { doc: "state", token: p.token })));
    await until(() => watchers.every((w) => w.synced), "watchers synced");
    const res = await startRun(r, { language: "python" });
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };

    const firstSeenWhileRunning = watchers.map(() => false);
    await until(() => {
      watchers.forEach((w, i) => {
        const rec = run(w.doc, runId);
        if (rec?.stdout.includes("tick 0") && rec.status === "running") firstSeenWhileRunning[i] = true;
      });
      return watchers.every((w) => final(run(w.doc, runId)?.status));
    }, "run finished everywhere", 30_000);
    expect(firstSeenWhileRunning).toEqual([true, true, true]);
    for (const w of watchers) {
      expect(run(w.doc, runId)).toMatchObject({ status: "finished", exit: { status: "OK", exitCode: 0 }, stdout: "tick 0\ntick 1\ntick 2\ntick 3\ntick 4\ndone\n", by: { name: "Cam" } });
    }
    const late = await TestClient.connect(r.room.roomId, { doc: "state", token: r.spectator.token });
    await until(() => late.synced && run(late.doc, runId)?.status === "finished", "late joiner sees the run");
  });

  it("runs the buffer as stored, with stdin; reports runtime errors and compile errors", async () => {
    const r = await staffedRoom();
    await setCode(r, "python", "import sys\nprint(sys.stdin.read().upper(), end='')\nraise SystemExit(3)\n");
    await setCode(r, "cpp", "int main() { return x; }\n");
    const w = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    const a = (await (await startRun(r, { language: "python", stdin: "hello" })).json()) as { runId: string };
    await until(() => final(run(w.doc, a.runId)?.status), "python done", 30_000);
    expect(run(w.doc, a.runId)).toMatchObject({ status: "finished", stdout: "HELLO", exit: { status: "RE", exitCode: 3 } });
    const b = (await (await startRun(r, { language: "cpp" })).json()) as { runId: string };
    await until(() => final(run(w.doc, b.runId)?.status), "cpp done", 30_000);
    expect(run(w.doc, b.runId)).toMatchObject({ status: "finished", exit: { status: "CE" } });
    expect(run(w.doc, b.runId)!.stderr).toMatch(/error/);
  });

  it("refuses what it should: spectators, unknown languages, empty buffers, a second run", async () => {
    const r = await staffedRoom();
    expect((await startRun(r, { language: "python" }, r.spectator.token)).status).toBe(403);
    expect((await startRun(r, { language: "cobol" })).status).toBe(400);
    const empty = await startRun(r, { language: "go" });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { message: expect.stringMatching(/empty/) } });
    await setCode(r, "python", "import time\ntime.sleep(5)\n");
    const first = (await (await startRun(r, { language: "python" })).json()) as { runId: string };
    const second = await startRun(r, { language: "python" }, r.interviewer.token);
    expect(second.status).toBe(409);
    await call(pathTo(ROUTES.cancelRun, { roomId: r.room.roomId, runId: first.runId }), { token: r.interviewer.token, method: "POST" });
  });

  it("cancel stops the run and says so", async () => {
    const r = await staffedRoom();
    await setCode(r, "python", "import time\nprint('start', flush=True)\ntime.sleep(30)\n");
    const w = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    const { runId } = (await (await startRun(r, { language: "python" })).json()) as { runId: string };
    await until(() => run(w.doc, runId)?.stdout === "start\n", "started", 20_000);
    const res = await call(pathTo(ROUTES.cancelRun, { roomId: r.room.roomId, runId }), { token: r.candidate.token, method: "POST" });
    expect(res.status).toBe(200);
    await until(() => run(w.doc, runId)?.status === "cancelled", "cancelled");
    const again = (await (await startRun(r, { language: "python" })).json()) as { runId: string };
    expect(again.runId).toBeTruthy(); // the room is free again
    await call(pathTo(ROUTES.cancelRun, { roomId: r.room.roomId, runId: again.runId }), { token: r.candidate.token, method: "POST" });
  });

  it("a client cannot forge a run record", async () => {
    const r = await staffedRoom();
    const forger = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    const other = await TestClient.connect(r.room.roomId, { doc: "state", token: r.interviewer.token });
    await until(() => forger.synced && other.synced, "synced");
    forger.doc.getMap("runs").set("forged", "Accepted");
    await until(() => forger.denied.length > 0, "refused");
    await new Promise((res) => setTimeout(res, 100));
    expect(other.doc.getMap("runs").has("forged")).toBe(false);
    const late = await TestClient.connect(r.room.roomId, { doc: "state", token: r.spectator.token });
    await until(() => late.synced, "synced");
    expect(late.doc.getMap("runs").has("forged")).toBe(false);
  });

  it("runner down: 503 and the run marked failed", async () => {
    const r = await staffedRoom();
    await setCode(r, "python", "print(1)\n");
    await fetch(`${CONTROL}/stop`);
    const w = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    const res = await startRun(r, { language: "python" });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "runner_unavailable", message: expect.stringMatching(/unreachable/) } });
    await until(() => w.synced && [...w.doc.getMap("runs").keys()].length === 1, "record");
    const id = [...w.doc.getMap("runs").keys()][0];
    await until(() => run(w.doc, id)?.status === "failed", "failed");
    expect(run(w.doc, id)!.error).toMatch(/unreachable/);
    await fetch(`${CONTROL}/start`);
    expect((await startRun(r, { language: "python" })).status).toBe(202); // nothing left hanging
  });

  it("runner stream cut mid-run: the run is marked failed, not left running", async () => {
    const r = await staffedRoom();
    await setCode(r, "python", "import time\nprint('working', flush=True)\ntime.sleep(20)\n");
    const w = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    const { runId } = (await (await startRun(r, { language: "python" })).json()) as { runId: string };
    await until(() => run(w.doc, runId)?.stdout === "working\n", "running", 20_000);
    await fetch(`${CONTROL}/stop`);
    await until(() => run(w.doc, runId)?.status === "failed", "failed", 10_000);
    expect(run(w.doc, runId)!.error).toMatch(/stream/);
  });

  it("the room evicted mid-run: the run is marked interrupted on wake", async () => {
    const r = await staffedRoom();
    await setCode(r, "python", "import time\nprint('working', flush=True)\ntime.sleep(20)\n");
    const w = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    const { runId } = (await (await startRun(r, { language: "python" })).json()) as { runId: string };
    await until(() => run(w.doc, runId)?.stdout === "working\n", "running", 20_000);
    const stub = env.ROOM.get(env.ROOM.idFromName(r.room.roomId));
    await runInDurableObject(stub, (_i, state) => state.abort("test eviction")).catch(() => {});
    const after = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    await until(() => after.synced && run(after.doc, runId)?.status === "interrupted", "interrupted");
    expect(run(after.doc, runId)!.stdout).toBe("working\n");
    expect((await startRun(r, { language: "python" })).status).toBe(202);
  });

  it("a full runner queue is passed through as 429 with Retry-After", async () => {
    // The test runner runs 2 at a time with 2 queued (RUNNER_CONCURRENCY/RUNNER_MAX_QUEUE in the setup).
    const runnerUrl = (env as unknown as { RUNNER_URL: string }).RUNNER_URL;
    let idle = false;
    for (let i = 0; i < 150 && !idle; i++) {
      const h = (await (await fetch(`${runnerUrl}/healthz`)).json()) as { queue: { running: number; queued: number } };
      idle = h.queue.running === 0 && h.queue.queued === 0;
      if (!idle) await new Promise((res) => setTimeout(res, 100));
    }
    expect(idle).toBe(true); // earlier tests' runs (cancelled, cut, evicted) are gone from the runner
    const rooms = await Promise.all(Array.from({ length: 5 }, () => staffedRoom()));
    for (const r of rooms) await setCode(r, "python", "import time\ntime.sleep(10)\n");
    const results = [];
    for (const r of rooms) results.push(await startRun(r, { language: "python" }));
    expect(results.slice(0, 4).map((x) => x.status)).toEqual([202, 202, 202, 202]);
    expect(results[4].status).toBe(429);
    expect(results[4].headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await results[4].json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/busy/) } });
    for (const [i, r] of rooms.slice(0, 4).entries()) {
      const { runId } = (await results[i].json()) as { runId: string };
      await call(pathTo(ROUTES.cancelRun, { roomId: r.room.roomId, runId }), { token: r.candidate.token, method: "POST" });
    }
  });

  it("runs are rate limited per participant", async () => {
    const r = await staffedRoom();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await startRun(r, { language: "go" })).status); // empty buffer: 400, but counted
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("the state doc keeps the last 20 runs; every run's full record stays in storage", async () => {
    const r = await staffedRoom();
    await setCode(r, "python", "print('hi')\n");
    const w = await TestClient.connect(r.room.roomId, { doc: "state", token: r.spectator.token });
    const ids: string[] = [];
    for (let i = 0; i < 21; i++) {
      const who = i % 2 === 0 ? r.candidate : r.interviewer; // stays under the per-person rate limit
      const { runId } = (await (await startRun(r, { language: "python" }, who.token)).json()) as { runId: string };
      ids.push(runId);
      await until(() => final(run(w.doc, runId)?.status), `run ${i}`, 20_000);
    }
    expect(w.doc.getArray("runOrder").toArray()).toEqual(ids.slice(1));
    expect(w.doc.getMap("runs").has(ids[0])).toBe(false);
    const res = await call(pathTo(ROUTES.run, { roomId: r.room.roomId, runId: ids[0] }), { token: r.spectator.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ run: { id: ids[0], status: "finished", userName: "Cam", exit: { status: "OK" }, output: [{ stream: "stdout", data: "hi\n" }] } });
    expect((await call(pathTo(ROUTES.run, { roomId: r.room.roomId, runId: "nope" }), { token: r.spectator.token })).status).toBe(404);
  });
});
