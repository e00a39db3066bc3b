/**
 * The operator's view: the web app's error reports (POST /api/client-errors: logged as one JSON
 * line, capped, validated, rate-limited per client), the deep health check behind its token, and
 * the Room's Analytics Engine points for a real run and a real socket (through a recording
 * stand-in for the binding: miniflare's local dataset drops every write).
 */
import { env, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ANALYTICS_DATASET, type DataPoint } from "../../contracts/analytics";
import { DeepHealthSchema } from "../../contracts/operations";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, staffedRoom } from "./api";
import { PRODUCTION, fetchWith } from "./with-vars";

const BASE = "http://duet.test";
const report = { kind: "error", message: "TypeError: x is undefined", stack: "at Room (/assets/index-abc.js:1:2)", route: "/r/:id" };

function postReport(vars: object, body: string, ip = "198.51.100.7") {
  return fetchWith(vars, `${BASE}${pathTo(ROUTES.clientError)}`, { method: "POST", body, headers: { "Content-Type": "application/json", "CF-Connecting-IP": ip } });
}

function deepHealth(vars: object, token?: string) {
  return fetchWith(vars, `${BASE}${pathTo(ROUTES.deepHealth)}`, token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("client error reports", () => {
  it("a report is logged as one JSON line with the request id and answered 204", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const res = await postReport({}, JSON.stringify(report));
    expect(res.status).toBe(204);
    const lines = warn.mock.calls.map(([l]) => JSON.parse(String(l)) as Record<string, unknown>).filter((l) => l.msg === "client_error");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", ...report });
    expect(lines[0].ts).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(lines[0].requestId).toEqual(expect.any(String));
  });

  it("refuses an oversize body (413), malformed JSON, unknown fields and a URL with its query (400)", async () => {
    expect((await postReport({}, JSON.stringify({ ...report, stack: "x".repeat(9000) }))).status).toBe(413);
    const bad = [
      "{not json",
      JSON.stringify({ ...report, token: "secret" }),
      JSON.stringify({ ...report, route: "/r/abc?token=secret" }),
      JSON.stringify({ ...report, route: "https://duet.example/r/abc" }),
      JSON.stringify({ ...report, message: "" }),
      JSON.stringify({ ...report, kind: "log" }),
    ];
    for (const body of bad) {
      const res = await postReport({}, body);
      expect(res.status, body).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "bad_request" } });
    }
  });

  it("production: limited per client address with Retry-After; another address has its own", async () => {
    const vars = { ...PRODUCTION, RATE_CLIENT_ERRORS_PER_MINUTE: "2" };
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 6)}`;
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (let i = 0; i < 2; i++) expect((await postReport(vars, JSON.stringify(report), ip)).status).toBe(204);
    const limited = await postReport(vars, JSON.stringify(report), ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await postReport(vars, JSON.stringify(report), `${ip}-other`)).status).toBe(204);
  });
});

describe("deep health", () => {
  const TOKEN = "health-token-for-tests-0123456789";

  it("401 without the token or with a wrong one; with it, D1 and the runner answer and the body says so", async () => {
    const vars = { HEALTH_TOKEN: TOKEN };
    for (const token of [undefined, "", "wrong", `${TOKEN}x`]) {
      const res = await deepHealth(vars, token);
      expect(res.status, String(token)).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
    }
    const res = await deepHealth(vars, TOKEN);
    expect(res.status).toBe(200);
    const body = DeepHealthSchema.parse(await res.json());
    expect(body.ok).toBe(true);
    expect(body.d1.ok).toBe(true);
    expect(body.runners).toMatchObject({ transport: "urls", ok: true });
    expect(body.runners.runners).toEqual([expect.objectContaining({ origin: new URL(env.RUNNER_URL).origin, ok: true, status: 200 })]);
    expect(body.runners.runners[0].health).toMatchObject({ ok: true });
  });

  it("a runner that cannot be reached makes it 503, naming that runner", async () => {
    const res = await deepHealth({ HEALTH_TOKEN: TOKEN, RUNNER_URL: "http://127.0.0.1:9" }, TOKEN);
    expect(res.status).toBe(503);
    const body = DeepHealthSchema.parse(await res.json());
    expect(body).toMatchObject({ ok: false, d1: { ok: true }, runners: { ok: false, runners: [{ origin: "http://127.0.0.1:9", ok: false, status: null }] } });
  });

  it("production without HEALTH_TOKEN refuses everyone, even a caller with some token; a local server without one is open", async () => {
    expect((await deepHealth({ HEALTH_TOKEN: "" })).status).toBe(200);
    expect((await deepHealth({ ...PRODUCTION, HEALTH_TOKEN: "" })).status).toBe(401);
    expect((await deepHealth({ ...PRODUCTION, HEALTH_TOKEN: "" }, "anything")).status).toBe(401);
    expect((await deepHealth({ ...PRODUCTION, HEALTH_TOKEN: TOKEN }, TOKEN)).status).toBe(200);
  });
});

describe("Analytics Engine", () => {
  it(`a socket's open and close and a run's end are points of ${ANALYTICS_DATASET}, laid out as contracts/analytics.ts says`, async () => {
    const r = await staffedRoom();
    const points: DataPoint[] = [];
    // The binding object is shared by the Room's env and its runs' env: record through it.
    await runInDurableObject(env.ROOM.get(env.ROOM.idFromName(r.room.roomId)), (room) => {
      (room as unknown as { env: { ANALYTICS: { writeDataPoint(p: DataPoint): void } } }).env.ANALYTICS.writeDataPoint = (p) => points.push(p);
    });
    const client = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
    await until(() => client.synced, "synced");
    const text = client.doc.getText("code:python");
    client.doc.transact(() => {
      text.delete(0, text.length);
      text.insert(0, 'print("hi")\n');
    });
    await until(() => points.some((p) => p.blobs[0] === "socket_open"), "socket_open written");
    expect(points.find((p) => p.blobs[0] === "socket_open")).toEqual({ indexes: ["socket_open"], blobs: ["socket_open", "code", "candidate"], doubles: [] });

    const res = await call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token: r.candidate.token, body: { language: "python" } });
    expect(res.status).toBe(202);
    await until(() => points.some((p) => p.blobs[0] === "run"), "run point written", 20_000);
    const run = points.find((p) => p.blobs[0] === "run")!;
    expect(run.indexes).toEqual(["run"]);
    expect(run.blobs).toEqual(["run", "python", "finished", "run", "url"]);
    const [queueWaitMs, durationMs] = run.doubles;
    expect(queueWaitMs).toBeGreaterThanOrEqual(0);
    expect(durationMs).toBeGreaterThan(0);

    client.close();
    await until(() => points.some((p) => p.blobs[0] === "socket_close"), "socket_close written");
    expect(points.find((p) => p.blobs[0] === "socket_close")).toEqual({ indexes: ["socket_close"], blobs: ["socket_close", "code", "candidate"], doubles: [1000] });
  });
});
