/**
 * The HTTP adapter: auth, 4xx JSON errors that never start a process, NDJSON streaming with
 * live output, cancel on disconnect, and 429 when the queue is full.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorBodySchema } from "../../contracts/errors.js";
import { LANGUAGE_IDS, LanguagesResponseSchema } from "../../contracts/languages.js";
import { HEARTBEAT_MS, MAX_BUDGET_MS, MAX_SOURCE_BYTES, RUNNER_HEADERS, type RunEvent } from "../../contracts/runner.js";
import { createRunnerServer } from "../src/http/server.js";
import { hostProcessesMatching, testCore } from "./helpers.js";
import { streamEvents } from "./service.js";

const SECRET = "test-secret-0123456789abcdef";
const core = testCore({ concurrency: 1, maxQueued: 1 });
const server = createRunnerServer(core, SECRET);
let base = "";
const auth = { authorization: `Bearer ${SECRET}` };

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function postRun(body: unknown, headers: Record<string, string> = auth, signal?: AbortSignal) {
  return fetch(`${base}/v1/runs`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body), signal });
}

const events = streamEvents;

const py = (content: string) => ({ language: "python", files: [{ name: "main.py", content }] });

describe("refusals: 4xx JSON, no process started", () => {
  const start = vi.spyOn(core, "start");
  const cases: [string, () => Promise<Response>, number, string][] = [
    ["missing secret", () => postRun(py("print(1)"), {}), 401, "unauthorized"],
    ["wrong secret", () => postRun(py("print(1)"), { authorization: "Bearer nope-nope-nope-nope" }), 401, "unauthorized"],
    ["malformed JSON", () => postRun("{language: python"), 400, "bad_request"],
    ["unknown language", () => postRun({ language: "cobol", files: [{ name: "main.cob", content: "x" }] }), 400, "bad_request"],
    ["oversize source", () => postRun(py("#".repeat(MAX_SOURCE_BYTES + 1))), 413, "payload_too_large"],
    ["oversize body", () => postRun(py("#".repeat(9 * 1024 * 1024))), 413, "payload_too_large"],
    ["limits above the maxima", () => postRun({ ...py("print(1)"), limits: { cpuMs: 60_000 } }), 400, "bad_request"],
    ["memory above the maximum", () => postRun({ ...py("print(1)"), limits: { memoryMb: 4096 } }), 400, "bad_request"],
    ["unknown field", () => postRun({ ...py("print(1)"), sudo: true }), 400, "bad_request"],
    ["tenant over 128 characters", () => postRun({ ...py("print(1)"), tenant: "t".repeat(129) }), 400, "bad_request"],
    ["empty tenant", () => postRun({ ...py("print(1)"), tenant: "" }), 400, "bad_request"],
    ["budget above the maximum", () => postRun({ ...py("print(1)"), budgetMs: MAX_BUDGET_MS + 1 }), 400, "bad_request"],
    ["path in a file name", () => postRun({ language: "python", files: [{ name: "../main.py", content: "" }] }), 400, "bad_request"],
    ["missing entry file", () => postRun({ language: "python", files: [{ name: "other.py", content: "" }] }), 400, "bad_request"],
    ["unknown route", () => fetch(`${base}/v1/nope`, { headers: auth }), 404, "not_found"],
  ];
  it.each(cases)("%s → %i", async (_, send, status, code) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe(code);
    expect(start).not.toHaveBeenCalled();
  });
});

describe("reads", () => {
  it("GET /v1/languages: the manifest with availability, behind the secret", async () => {
    expect((await fetch(`${base}/v1/languages`)).status).toBe(401);
    const body = LanguagesResponseSchema.parse(await (await fetch(`${base}/v1/languages`, { headers: auth })).json());
    expect(body.languages.map((l) => l.id)).toEqual([...LANGUAGE_IDS]);
    expect(body.languages.filter((l) => l.judged).map((l) => l.id)).toEqual(["javascript", "typescript", "python", "java", "cpp", "go", "c", "rust", "csharp"]);
    expect(body.languages.every((l) => typeof l.available === "boolean")).toBe(true);
  });

  it("GET /healthz reports the sandbox without a secret", async () => {
    const res = await fetch(`${base}/healthz`);
    const body = (await res.json()) as { sandbox: { cgroups: string }; queue: object };
    expect(res.status).toBe(200);
    expect(body.sandbox.cgroups).toMatch(/^(v1|v2|none)$/);
    expect(body.queue).toMatchObject({ concurrency: 1, maxQueued: 1 });
    expect(body).toMatchObject({ ok: true, draining: false, version: expect.any(String), concurrency: 1, running: 0, queued: 0 });
    expect(body).toMatchObject({ sandbox: { memoryLimit: expect.stringMatching(/^(cgroup|rlimit)$/), processLimit: expect.stringMatching(/^(cgroup|rlimit)$/) } });
    expect(body).toMatchObject({ availability: { python: { available: true, reason: null } } });
  });

  it("GET /metrics is Prometheus text", async () => {
    const text = await (await fetch(`${base}/metrics`, { headers: auth })).text();
    // KEDA scales on runner_running + runner_queued (deploy/k8s); the names are a contract.
    for (const gauge of ["runner_running", "runner_queued", "runner_concurrency", "runner_draining"]) expect(text).toMatch(new RegExp(`# TYPE ${gauge} gauge\n${gauge} \\d+\n`));
    expect(text).toMatch(/runner_rejected_total\{reason="payload_too_large"\} \d+/);
  });
});

describe("secret rotation", () => {
  it("accepts the current and the previous secret while rotating, nothing else", async () => {
    const previous = "previous-secret-0123456789abcdef";
    const rotating = createRunnerServer(core, [SECRET, previous]);
    await new Promise<void>((r) => rotating.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(rotating.address() as AddressInfo).port}/v1/languages`;
      const status = async (token: string) => (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status;
      expect([await status(SECRET), await status(previous), await status("neither-of-the-two-secrets")]).toEqual([200, 200, 401]);
    } finally {
      await new Promise<void>((r) => rotating.close(() => r()));
    }
  });
});

describe("runs", () => {
  it("streams output while the program runs, as NDJSON with gapless seq", async () => {
    const res = await postRun(py(`import time\nfor i in range(3):\n    print(i, flush=True)\n    time.sleep(0.3)\n`));
    expect(res.headers.get("content-type")).toBe("application/x-ndjson");
    const seen: { e: RunEvent; at: number }[] = [];
    for await (const e of events(res)) seen.push({ e, at: performance.now() });
    expect(seen.map((s) => s.e.seq)).toEqual(seen.map((_, i) => i));
    const outputs = seen.filter((s) => s.e.type === "output");
    expect(outputs.map((s) => (s.e as { data: string }).data).join("")).toBe("0\n1\n2\n");
    expect(outputs.length).toBeGreaterThanOrEqual(3); // not one blob at the end
    const exit = seen.at(-1)!;
    expect(exit.e).toMatchObject({ type: "exit", stage: "run", status: "OK" });
    expect(exit.at - outputs[0].at).toBeGreaterThan(400);
  });

  it("closing the request cancels the run and kills its processes", async () => {
    const ac = new AbortController();
    const res = await postRun(py(`import subprocess\nsubprocess.run(["/usr/bin/sleep", "765.432"])\n`), auth, ac.signal);
    const it = events(res);
    for (let e = await it.next(); !e.done; e = await it.next()) if (e.value.type === "stage" && e.value.name === "run") break;
    await new Promise((r) => setTimeout(r, 300));
    expect(hostProcessesMatching("765.432").length).toBeGreaterThan(0);
    ac.abort();
    await vi.waitFor(() => expect(hostProcessesMatching("765.432")).toEqual([]), { timeout: 3000 });
    await vi.waitFor(() => expect(core.queue.running).toBe(0), { timeout: 3000 });
  });

  it("queues with positions, then answers 429 when the queue is full; every answer carries the load", async () => {
    const slow = py(`import time\ntime.sleep(2.5)\n`);
    const first = await postRun(slow);
    expect(first.headers.get(RUNNER_HEADERS.load)).toBe("1/1");
    const second = await postRun(slow);
    expect(second.headers.get(RUNNER_HEADERS.load)).toBe("2/1");
    const third = await postRun(slow);
    expect(third.status).toBe(429);
    expect(third.headers.get(RUNNER_HEADERS.load)).toBe("2/1");
    expect(ErrorBodySchema.parse(await third.json()).error.code).toBe("rate_limited");
    const refused = await postRun("{not json");
    expect([refused.status, refused.headers.get(RUNNER_HEADERS.load)]).toEqual([400, "2/1"]);
    const secondEvents: { e: RunEvent; at: number }[] = [];
    for await (const e of events(second)) secondEvents.push({ e, at: performance.now() });
    const types = secondEvents.map((s) => s.e.type);
    expect(secondEvents[0].e).toMatchObject({ type: "queued", position: 1, seq: 0 });
    expect(secondEvents.at(-1)?.e).toMatchObject({ type: "exit", status: "OK" });
    expect(secondEvents.map((s) => s.e.seq)).toEqual(secondEvents.map((_, i) => i));
    // Heartbeats while queued (2.5 s behind the first run) and while running, none after the end.
    const started = types.indexOf("started");
    expect(types.slice(1, started)).toContain("heartbeat");
    expect(types.slice(started)).toContain("heartbeat");
    const beats = secondEvents.filter((s) => s.e.type === "heartbeat").map((s) => s.at);
    expect(beats[1] - beats[0]).toBeGreaterThan(HEARTBEAT_MS - 500);
    expect(beats[1] - beats[0]).toBeLessThan(HEARTBEAT_MS + 1000);
    for await (const _ of events(first)); // drain
  });

  it("runs stdin/expected tests, each in a fresh process, with a verdict per test", async () => {
    const src = `import sys\nn = int(sys.stdin.read())\nif n == 3:\n    while True: pass\nprint(n * 2)\n`;
    const res = await postRun({ ...py(src), limits: { cpuMs: 500, wallMs: 2000 }, tests: [
      { input: "1\n", expected: "2\n" },
      { input: "2", expected: "5" },
      { input: "3", expected: "6" },
      { input: "x", expected: "" },
    ] });
    const all: RunEvent[] = [];
    for await (const e of events(res)) all.push(e);
    const tests = all.filter((e) => e.type === "test");
    expect(tests.map((t) => t.verdict)).toEqual(["AC", "WA", "TLE", "RE"]);
    expect(tests[1]).toMatchObject({ stdout: "4\n", expected: "5" });
    expect(all.at(-1)).toMatchObject({ type: "exit", stage: "test", status: "TO" });
  });

  it("marks every test CE when the code does not compile", async () => {
    const res = await postRun({ language: "c", files: [{ name: "main.c", content: "int main( {" }], tests: [{ input: "", expected: "" }, { input: "", expected: "" }] });
    const all: RunEvent[] = [];
    for await (const e of events(res)) all.push(e);
    expect(all.filter((e) => e.type === "test").map((t) => t.verdict)).toEqual(["CE", "CE"]);
  });
});
