/**
 * The container transport (RUNNER_TRANSPORT = "container"), as far as this machine allows: a real
 * Room, a real runner, and between them a fake RUNNER_CONTAINER namespace
 * (fake-runner-container.mjs) that forwards to that runner and records what the Room asks of it
 * (start, renew, fetch, abort). The Room's test hook points one room at the fake.
 */
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { pathTo, ROUTES } from "../../contracts/routes";
import { isCapacityRefusal } from "../../contracts/runner-container";
import { TestClient, uniqueRoom, until } from "../../test/workerd/room-client";
import app from "../index";
import { call, staffedRoom } from "./api";

interface Call { kind: "start" | "renew" | "fetch" | "abort" | "refused"; at: number; path?: string; runId?: string; auth?: string }
interface FakeContainer {
  state(): Promise<{ calls: Call[]; running: boolean; stopsAt: number | null }>;
  setFull(full: boolean): Promise<void>;
}
interface TestRoom {
  testRunnerContainer(opts?: { pool?: string; keepWarmAt?: number }): Promise<void>;
  configure(init: { roomId: string; title: string; expiresAt: number }): Promise<void>;
}

const KEEP_WARM_MS = 150_000;
const SLEEP_AFTER_MS = 300_000;
const testEnv = env as unknown as { TEST_RUNNER_CONTAINER: DurableObjectNamespace; RUNNER_URL: string; RUNNER_SECRET: string };

const roomStub = (room: string) => env.ROOM.get(env.ROOM.idFromName(room)) as unknown as TestRoom & DurableObjectStub;
const fakeOf = (name: string) => testEnv.TEST_RUNNER_CONTAINER.get(testEnv.TEST_RUNNER_CONTAINER.idFromName(name)) as unknown as FakeContainer;
const kinds = async (name: string) => (await fakeOf(name).state()).calls.map((c) => c.kind);
const keepWarmAt = (room: string) =>
  runInDurableObject(env.ROOM.get(env.ROOM.idFromName(room)), (_i, state) => state.storage.sql.exec<{ at: number }>("SELECT at FROM deadlines WHERE kind = 'runnerKeepWarm'").toArray()[0]?.at ?? null);

/** Polls an async check (the warm-up is not waited for by the Room, by design). */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Room = Awaited<ReturnType<typeof staffedRoom>>;

/** A room whose python buffer holds `code`, its runs sent to the fake container (`pool`: its RUNNER_URLS). */
async function containerRoom(code: string, pool = "") {
  const r = await staffedRoom();
  await roomStub(r.room.roomId).testRunnerContainer({ pool });
  const writer = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
  const state = await TestClient.connect(r.room.roomId, { token: r.interviewer.token, doc: "state" });
  await until(() => writer.synced && state.synced, "synced");
  const text = writer.doc.getText("code:python");
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
  return { r, writer, state };
}

const runOf = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>("runs").get(id);
const statusOf = (doc: Y.Doc, id: string) => runOf(doc, id)?.get("status") as string | undefined;
const stdoutOf = (doc: Y.Doc, id: string) => ((runOf(doc, id)?.get("output") as Y.Array<{ stream: string; data: string }> | undefined)?.toArray() ?? []).map((o) => o.data).join("");
const startRun = (r: Room) => call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token: r.candidate.token, body: { language: "python" } });

describe("the container transport", () => {
  it("warms the room's container when the room is created and first joined, renews it while sockets are open, lets it stop 5 min after the last leaves", async () => {
    const room = uniqueRoom("ct");
    const stub = roomStub(room);
    await stub.testRunnerContainer();
    await stub.configure({ roomId: room, title: "Containers", expiresAt: Date.now() + 3_600_000 });
    await eventually(() => kinds(room), (k) => k.includes("start"), "the warm-up on creation");
    expect(await keepWarmAt(room)).toBeNull(); // nobody in yet: nothing keeps it warm

    const joinedAt = Date.now();
    const a = await TestClient.connect(room, { direct: true, role: "interviewer" });
    await eventually(() => kinds(room), (k) => k.length === 2, "the warm-up on the first join");
    const armed = (await keepWarmAt(room))!;
    expect(armed).toBeGreaterThanOrEqual(joinedAt + KEEP_WARM_MS);
    const b = await TestClient.connect(room, { direct: true, role: "candidate" });
    await until(() => a.synced && b.synced, "synced");
    expect(await kinds(room)).toEqual(["start", "renew"]); // a second socket: already kept warm
    expect(await keepWarmAt(room)).toBe(armed);

    // Its deadline comes (moved to now): sockets are open, so it renews and re-arms.
    await stub.testRunnerContainer({ keepWarmAt: Date.now() - 1 });
    const firedAt = Date.now();
    await runDurableObjectAlarm(stub); // a past alarm may already have run: either way it ran
    await eventually(() => kinds(room), (k) => k.length === 3, "the keep-warm renewal");
    expect(await kinds(room)).toEqual(["start", "renew", "renew"]);
    expect(await keepWarmAt(room)).toBeGreaterThanOrEqual(firedAt + KEEP_WARM_MS);

    // One leaves: still someone in, nothing changes. The last leaves: one last renewal, no deadline.
    a.close();
    await eventually(() => keepWarmAt(room), (at) => at !== null, "still armed");
    b.close();
    const emptiedAt = Date.now();
    await eventually(() => keepWarmAt(room), (at) => at === null, "the keep-warm deadline dropped");
    const last = await eventually(() => fakeOf(room).state(), (s) => s.calls.length === 4, "the last renewal");
    expect(last.calls.map((c) => c.kind)).toEqual(["start", "renew", "renew", "renew"]);
    expect(last.stopsAt).toBeGreaterThanOrEqual(emptiedAt + SLEEP_AFTER_MS - 1000);
    expect(last.stopsAt).toBeLessThanOrEqual(Date.now() + SLEEP_AFTER_MS);

    // A keep-warm deadline that comes with nobody in (say, set before the room emptied) lets it lapse.
    await stub.testRunnerContainer({ keepWarmAt: Date.now() - 1 });
    await runDurableObjectAlarm(stub);
    expect(await keepWarmAt(room)).toBeNull();
    expect((await fakeOf(room).state()).calls).toHaveLength(4);
  });

  it("posts runs to the room's own container with the runner secret and the run id; cancelling closes the runner's stream", async () => {
    const { r, state, writer } = await containerRoom("import time\nprint('started', flush=True)\ntime.sleep(30)\n");
    const res = await startRun(r);
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    await until(() => stdoutOf(state.doc, runId).includes("started"), "output from the container's runner", 15_000);
    const posted = (await fakeOf(r.room.roomId).state()).calls.find((c) => c.kind === "fetch" && c.path === "/v1/runs");
    expect(posted).toMatchObject({ runId, auth: `Bearer ${testEnv.RUNNER_SECRET}` });

    const cancel = await call(pathTo(ROUTES.cancelRun, { roomId: r.room.roomId, runId }), { token: r.candidate.token, method: "POST" });
    expect(cancel.status).toBe(200);
    await until(() => statusOf(state.doc, runId) === "cancelled", "cancelled");
    await eventually(() => fakeOf(r.room.roomId).state(), (s) => s.calls.some((c) => c.kind === "abort" && c.runId === runId), "the runner's stream closed");
    writer.close();
    state.close();
  });

  it("when max_instances is reached: runs fall back to RUNNER_URLS, else 503 no_runner_capacity with Retry-After", async () => {
    const { r, state, writer } = await containerRoom("print('from the pool')\n", testEnv.RUNNER_URL);
    await fakeOf(r.room.roomId).setFull(true);
    const res = await startRun(r);
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    await until(() => statusOf(state.doc, runId) === "finished", "finished on the pool", 15_000);
    expect(stdoutOf(state.doc, runId)).toBe("from the pool\n");
    expect(await kinds(r.room.roomId)).toContain("refused");

    await roomStub(r.room.roomId).testRunnerContainer({ pool: "" });
    const refused = await startRun(r);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("Retry-After")).toBe("30");
    expect(await refused.json()).toEqual({ error: { code: "no_runner_capacity", message: expect.stringMatching(/no runner capacity/) } });

    // The platform's refusals, not the runner's own (JSON: a draining runner's 503, a full queue's 429, passed on as they are).
    const text = (status: number, body: string) => new Response(body, { status });
    expect(await isCapacityRefusal(new Error("there is no container instance that can be provided to this durable object"))).toBe(true);
    expect(await isCapacityRefusal(text(429, "you are requesting too many containers per second"))).toBe(true);
    expect(await isCapacityRefusal(Response.json({ error: { code: "runner_unavailable", message: "draining" } }, { status: 503 }))).toBe(false);
    expect(await isCapacityRefusal(text(500, "Failed to start container: no container instance"))).toBe(false);
    writer.close();
    state.close();
  });

  it("GET /api/languages asks the room-less library instance: the manifest of the deployed image; with no capacity, availability is unknown", async () => {
    const containers = { ...env, RUNNER_TRANSPORT: "container", RUNNER_CONTAINER: testEnv.TEST_RUNNER_CONTAINER, RUNNER_URLS: "" } as unknown as Env;
    const background: Promise<unknown>[] = [];
    const ctx = { waitUntil: (p: Promise<unknown>) => void background.push(p), passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
    const languages = async () => ((await (await app.fetch(new Request(`http://duet.test${pathTo(ROUTES.languages)}`), containers, ctx)).json()) as { languages: { id: string; available: boolean | null }[] }).languages;

    const known = await languages();
    expect(known.find((l) => l.id === "python")?.available).toBe(true);
    expect(known.every((l) => typeof l.available === "boolean")).toBe(true);
    expect((await fakeOf("library:default").state()).calls).toContainEqual(expect.objectContaining({ kind: "fetch", path: "/v1/languages" }));

    await fakeOf("library:default").setFull(true);
    try {
      expect((await languages()).every((l) => l.available === null)).toBe(true);
    } finally {
      await Promise.all(background);
      await fakeOf("library:default").setFull(false);
    }
  });
});
