/**
 * One scripted run, as an operator reads it: a room created, joined and run on the node tests'
 * `wrangler dev` and runner (global-setup.ts writes everything both print to files). Every line
 * they print meanwhile is one JSON object with ts and level (contracts/log.ts); the run's id is in
 * the Worker's line, the Room's and the runner's, each with the request id of the Worker's request
 * that asked for it. The deep health check answers 401 without its token and 200 with it.
 *
 * Wrangler's own lines are not ours and are set aside by one rule: they begin with its bracketed
 * tag (`[wrangler:info] POST /api/… 202 Accepted`). Wrangler renders the Worker's console.warn and
 * console.error lines with a mark (`▲ [WARNING] `, `✘ [ERROR] `) and colours: those are taken
 * off, and what remains must be our JSON like every other line.
 */
import { readFileSync, statSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with the start script
import { createRoom, joinAs } from "../../scripts/lib/room-api.mjs";

const BASE = inject("baseUrl");
const WRANGLER_OWN = /^\[wrangler[:\]]/;
const WRANGLER_MARK = /^(▲ \[WARNING\]|✘ \[ERROR\]) /;
// biome-ignore lint/suspicious/noControlCharactersInRegex: wrangler's colour codes
const ANSI = /\x1b\[[0-9;]*m/g;

type Line = Record<string, unknown>;

/** What a process printed since `offset`, line by line; wrangler's own lines left out. */
function linesSince(path: string, offset: number): string[] {
  return readFileSync(path).subarray(offset).toString("utf8").split("\n")
    .map((l) => l.replace(ANSI, "").trim().replace(WRANGLER_MARK, ""))
    .filter((l) => l !== "" && !WRANGLER_OWN.test(l));
}

function parsed(lines: string[]): Line[] {
  return lines.map((l) => {
    let line: unknown;
    try {
      line = JSON.parse(l);
    } catch {
      throw new Error(`not a JSON log line: ${l.slice(0, 300)}`);
    }
    expect(line, l).toEqual(expect.objectContaining({ ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), level: expect.stringMatching(/^(debug|info|warn|error)$/), msg: expect.any(String) }));
    return line as Line;
  });
}

/** Polls the log files (no event to await across processes); on timeout, says what was printed. */
async function until<T>(what: string, probe: () => T | undefined, printed: () => string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = probe();
    if (got !== undefined) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; printed:\n${printed().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("logs of one scripted run", () => {
  it("every line of the Worker, the Room and the runner is JSON with ts and level; the run's id and request id are in all three", async () => {
    const [workerLog, runnerLog] = [inject("workerLog"), inject("runnerLog")];
    const from = { worker: statSync(workerLog).size, runner: statSync(runnerLog).size };

    const room = await createRoom(BASE, { title: "Logs" });
    const candidate = await joinAs(BASE, room, "candidate", "Cam");
    const res = await fetch(`${BASE}${pathTo(ROUTES.startRun, { roomId: room.roomId })}`, {
      method: "POST", headers: { Authorization: `Bearer ${candidate.token}`, "Content-Type": "application/json" }, body: JSON.stringify({ language: "python" }),
    });
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };

    // The run ends (the Room says so in its log), and the runner has written its own last line for it.
    const ofRun = (path: string, offset: number) => parsed(linesSince(path, offset)).filter((l) => l.runId === runId);
    const worker = await until("the Room's run_ended line", () => {
      const lines = ofRun(workerLog, from.worker);
      return lines.some((l) => l.msg === "run_ended" || l.msg === "run_failed") ? lines : undefined;
    }, () => readFileSync(workerLog).subarray(from.worker).toString());
    const runner = await until("the runner's run_finished line", () => {
      const lines = ofRun(runnerLog, from.runner);
      return lines.some((l) => l.msg === "run_finished") ? lines : undefined;
    }, () => readFileSync(runnerLog).subarray(from.runner).toString());

    // Every line since the run began, whoever's (other node tests run alongside), is JSON with ts and level.
    parsed(linesSince(workerLog, from.worker));
    parsed(linesSince(runnerLog, from.runner));

    const requested = worker.find((l) => l.msg === "run_requested"); // the Worker's
    expect(requested).toMatchObject({ roomId: room.roomId, requestId: expect.any(String) });
    const { requestId } = requested!;
    expect(worker.find((l) => l.msg === "run_started")).toMatchObject({ roomId: room.roomId, requestId, language: "python" }); // the Room's
    expect(worker.find((l) => l.msg === "run_ended")).toMatchObject({ roomId: room.roomId, requestId, status: "finished", transport: "url" });
    expect(runner.length).toBeGreaterThan(0);
    for (const line of runner) expect(line, JSON.stringify(line)).toMatchObject({ runId, requestId });
  });

  it("the deep health check is 401 without its token and 200 with it, D1 and the runner reachable", async () => {
    const url = `${BASE}${pathTo(ROUTES.deepHealth)}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: "Bearer not-the-token" } })).status).toBe(401);
    const res = await fetch(url, { headers: { Authorization: `Bearer ${inject("healthToken")}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, d1: { ok: true }, runners: { ok: true, runners: [{ ok: true, status: 200 }] } });
  });
});
