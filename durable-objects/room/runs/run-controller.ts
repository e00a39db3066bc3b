/**
 * Runs in a room: one at a time, started from the code buffer as the room holds it at that
 * moment, streamed from the runner into the state doc (which every participant syncs) and into
 * the Room's storage. Judged runs (a problem on the table) also stream each test's outcome and
 * end with the judge's verdict; submissions are recorded in D1. Every way a run can end leaves
 * it in a final state: finished, failed, cancelled, or — when the object itself went away
 * mid-run — interrupted on the next load.
 */
import type * as Y from "yjs";
import { LANGUAGES_BY_ID, type LanguageId } from "../../../contracts/languages";
import { writeAnalytics } from "../../../contracts/analytics";
import { log } from "../../../contracts/log";
import type { NewRecordEvent } from "../../../contracts/record";
import type { RunResult } from "../../../contracts/room-rpc";
import type { JudgeResult } from "../../../contracts/problems";
import type { RunExit, StartRun } from "../../../contracts/room-state";
import { MAX_SOURCE_BYTES } from "../../../contracts/runner";
import type { Identity } from "../../../contracts/wire";
import type { RoomData } from "../../../data/room-data";
import { hideMismatchReport } from "../../../judge/signature";
import { FixedWindows } from "../../fixed-window";
import { appendOutput, appendTest, createRun, patchRun } from "./run-doc";
import { planRun, type RunPlan } from "./run-plan";
import type { RunStore } from "./run-store";
import type { Origin } from "../origins";
import { readEvents, RunnerLostError } from "./runner-client";
import { runnerTransport } from "./transport";
import { TenantRuns } from "./tenant-runs";


export interface RunHost {
  env: Env;
  data: RoomData;
  ctx: DurableObjectState;
  state: Y.Doc;
  /** The code buffer for a language, as the room holds it now (or held it at `at`: a review run). */
  source(language: LanguageId, at?: number): string;
  /** Puts an event on the interview's record (`by`: who it is, when they may not have a socket to have joined by). */
  record(event: NewRecordEvent, by?: Identity): void;
  /** The problem on the table, if any. */
  problemSlug(): string | null;
  roomId(): string | null;
  /** Who this room's runs count against (the runner's fairness, the concurrent-run cap). */
  tenant(): string;
  /** The tenant's cap on rooms running code at once, if its organisation set one. */
  roomsWithRuns(): number | null;
  /** Origin for the room's own writes. */
  origin: Origin;
  roomLabel: string;
}

interface Active {
  id: string;
  abort: AbortController;
  cancelled: boolean;
  /** A review run (time travel): the code as it stood at a moment, run after the fact; kept apart from the interview (no state doc, no timeline). */
  review: boolean;
  startedAt: number | null;
  /** For its log lines and its Analytics Engine point. */
  language: LanguageId;
  mode: "run" | "submit";
  createdAt: number;
  /** Which transport took it (RunnerTransport["kind"]). */
  transport: "container" | "pool" | "url";
  /** The Worker's request that started it, when one did (a timed-out interview's automatic submission has none). */
  requestId?: string;
}

export class RunController {
  readonly #host: RunHost;
  readonly #store: RunStore;
  readonly #limits = new FixedWindows();
  readonly #tenantRuns: TenantRuns;
  #active: Active | null = null;
  /** Review runs have a place of their own: a reviewer's run never blocks the interview's. */
  #reviewActive: Active | null = null;

  constructor(host: RunHost, store: RunStore) {
    this.#host = host;
    this.#store = store;
    this.#tenantRuns = new TenantRuns(host.env, host.roomLabel);
  }

  /** On load: runs that were going when the object stopped can never report again. */
  recoverInterrupted(now = Date.now()): void {
    const unfinished = this.#store.unfinished();
    for (const id of unfinished) this.#finish(id, "interrupted", now, null, "the room restarted while this run was going; run it again");
    // Its tenant place would otherwise stay taken until the lease lapses.
    if (unfinished.length > 0) this.#host.ctx.waitUntil(this.#tenantRuns.release(this.#host.tenant()));
  }

  /** `at`: a review run of the code as it stood then (time travel; interviewers only, the Worker checks). */
  async start(req: StartRun, by: Identity, mode: "run" | "submit" = "run", at?: number, requestId?: string, now = Date.now()): Promise<RunResult> {
    const { env, state, origin } = this.#host;
    const review = at !== undefined;
    for (const [key, limit] of [[`user:${by.userId}`, Number(env.RATE_RUNS_PER_USER_PER_MINUTE) || 20], ["room", Number(env.RATE_RUNS_PER_ROOM_PER_MINUTE) || 40]] as const) {
      const d = this.#limits.hit(key, limit, 60_000, now);
      if (!d.ok) return { ok: false, code: "rate_limited", message: `too many runs; try again in ${d.retryAfter} s`, retryAfter: d.retryAfter };
    }
    if (review ? this.#reviewActive : this.#active) return { ok: false, code: "conflict", message: `a ${review ? "review " : ""}run is already in progress in this room` };
    const lang = LANGUAGES_BY_ID[req.language as LanguageId];
    const source = this.#host.source(req.language, at);
    if (source.trim() === "") return { ok: false, code: "bad_request", message: `the ${lang.displayName} buffer is empty` };
    if (new TextEncoder().encode(source).byteLength > MAX_SOURCE_BYTES) {
      return { ok: false, code: "payload_too_large", message: `the ${lang.displayName} buffer is over ${MAX_SOURCE_BYTES / 1024} KiB` };
    }

    // Claimed before the first await: a second request arriving meanwhile gets 409.
    const transport = runnerTransport(env, this.#host.roomId());
    const active: Active = { id: crypto.randomUUID(), abort: new AbortController(), cancelled: false, review, startedAt: null, language: req.language, mode, createdAt: now, transport: transport.kind, requestId };
    if (review) this.#reviewActive = active;
    else this.#active = active;
    const tenant = this.#host.tenant();
    const place = await this.#tenantRuns.acquire(tenant, this.#host.roomsWithRuns());
    if (!place.ok) {
      this.#end(active, { release: false });
      return place;
    }
    const run = { runId: active.id, requestId, signal: active.abort.signal };
    const planned = await planRun(env, this.#host.data, mode, req, source, this.#host.problemSlug(), { transport, run }, tenant).catch(
      (e: Error) => ({ ok: false, code: "internal", message: e.message }) as const,
    );
    if (!planned.ok) {
      this.#end(active);
      return planned;
    }
    const { plan } = planned;
    const { id } = active;
    if (!review) {
      createRun(state, {
        id, mode: plan.mode, language: req.language, by: { userId: by.userId, name: by.name }, createdAt: now, problemSlug: plan.problemSlug, total: plan.total,
        ...(plan.judgement ? { limits: plan.request.limits } : {}),
      }, origin);
      this.#host.record({ kind: "run.start", userId: by.userId, runId: id, mode: plan.mode, language: req.language, source, ...(req.stdin !== undefined ? { stdin: req.stdin } : {}), ...(req.cases ? { cases: req.cases } : {}) }, by);
    }
    this.#store.insert({ id, mode: plan.mode, language: req.language, userId: by.userId, userName: by.name, createdAt: now, review });

    const started = await transport.startRun(plan.request, run);
    if (!started.ok) {
      this.#finish(active, "failed", Date.now(), null, started.message);
      this.#end(active);
      return started;
    }
    // A container transport that fell back to the pool (max_instances reached) ran it on a pool runner: count it there.
    if (active.transport === "container" && started.runner && !started.runner.startsWith("container:")) active.transport = "pool";
    log("info", "run_started", { requestId, roomId: this.#host.roomLabel, runId: id, language: req.language, mode: plan.mode, review, runner: started.runner, transport: active.transport });
    this.#host.ctx.waitUntil(this.#pump(active, plan, started.body, { by, source, language: req.language as LanguageId }));
    return { ok: true, runId: id };
  }

  cancel(runId: string): RunResult {
    const active = [this.#active, this.#reviewActive].find((a) => a?.id === runId);
    if (!active) return { ok: false, code: "conflict", message: "that run is not in progress" };
    active.cancelled = true;
    active.abort.abort();
    return { ok: true, runId };
  }

  async #pump(active: Active, plan: RunPlan, body: ReadableStream<Uint8Array>, sub: { by: Identity; source: string; language: LanguageId }): Promise<void> {
    const { state, origin } = this.#host;
    const { id, review } = active;
    const judged = plan.judgement;
    /** Output as it arrives: the store (with its time), and for the interview's runs the state doc and the record. */
    const output = (ev: { seq: number; stream: "stdout" | "stderr"; data: string }, hidden: boolean) => {
      this.#store.appendOutput(id, ev.seq, ev.stream, ev.data, { hidden });
      if (review) return;
      if (!hidden) appendOutput(state, id, ev.stream, ev.data, origin);
      this.#host.record({ kind: "run.output", runId: id, stream: ev.stream, data: ev.data, ...(hidden ? { hidden } : {}) });
    };
    let exit: RunExit | null = null;
    let error: string | null = null;
    let judgedEnough = false;
    let stage: "compile" | "run" | "test" | null = null;
    try {
      for await (const ev of readEvents(body)) {
        switch (ev.type) {
          case "stage":
            stage = ev.name;
            break;
          case "queued":
            if (!review) patchRun(state, id, { queuePosition: ev.position }, origin);
            break;
          case "started":
            active.startedAt = Date.now();
            if (!review) patchRun(state, id, { status: "running", startedAt: active.startedAt, queuePosition: null }, origin);
            this.#store.setStatus(id, "running");
            break;
          case "output": {
            // In judged runs stdout carries the harness's results; the candidate's prints are on stderr.
            if (judged && ev.stream === "stdout") break;
            // Submit: what the program prints during the hidden tests could spell out their inputs,
            // so it goes to the record only (interviewers read it there); the first failing test's
            // output reaches everyone with its verdict, capped (see Judgement).
            // The harness's signature report is the judge's to read (judge/signature.ts), not output.
            const data = judged ? hideMismatchReport(ev.data) : ev.data;
            if (data) output({ ...ev, data }, plan.mode === "submit" && stage === "test");
            break;
          }
          case "exit":
            // A successful compile is followed by the run; anything else is the run's end.
            if (ev.stage !== "compile" || ev.status !== "OK") {
              const { type: _t, seq: _s, ...rest } = ev;
              exit = rest;
            }
            break;
          case "error":
            error = `the runner failed: ${ev.message}`;
            break;
        }
        if (judged) {
          const more = judged.push(ev);
          if (ev.type === "test") {
            const outcome = judged.result().tests.find((t) => t.index === ev.index);
            if (outcome && !review) appendTest(state, id, outcome, origin);
          }
          if (!more) {
            judgedEnough = true; // Submit stops at the first failure: the runner kills the rest
            break;
          }
        }
      }
      if (!exit && !error && !judgedEnough) error = "the runner's stream ended before the run finished";
    } catch (e) {
      // RunnerLostError says what became of the runner (gone, or silent) in the participant's words.
      if (!active.cancelled) error = e instanceof RunnerLostError ? e.message : `lost the runner's stream: ${(e as Error).message}`;
    }
    if (judgedEnough) active.abort.abort();
    this.#end(active);

    const now = Date.now();
    if (active.cancelled) return this.#finish(active, "cancelled", now, exit, null);
    if (!judged) return this.#finish(active, exit && !error ? "finished" : "failed", now, exit, error);

    const { tests, ...verdict } = judged.result();
    if (!review) patchRun(state, id, { judge: verdict }, origin);
    this.#finish(active, verdict.verdict === "IE" ? "failed" : "finished", now, exit, verdict.verdict === "IE" ? (error ?? verdict.message ?? "could not judge") : null, { ...verdict, tests });
    const roomId = this.#host.roomId();
    if (plan.mode === "submit" && roomId && plan.problemSlug && verdict.verdict !== "IE" && !review) {
      try {
        const submissionId = await this.#host.data.recordSubmission({
          roomId, userId: sub.by.userId, problemSlug: plan.problemSlug, language: sub.language, code: sub.source, result: judged.result(),
        });
        patchRun(state, id, { submissionId }, origin);
      } catch (e) {
        log("error", "submission_not_recorded", { roomId: this.#host.roomLabel, runId: id, error: String(e) });
      }
    }
  }

  /** The run no longer holds the room's one place, nor one of its tenant's. */
  #end(active: Active, { release = true } = {}): void {
    if (this.#active === active) this.#active = null;
    if (this.#reviewActive === active) this.#reviewActive = null;
    if (release) this.#host.ctx.waitUntil(this.#tenantRuns.release(this.#host.tenant()));
  }

  /** `run`: the active run, or (on recovery) the id of one that was going when the object stopped. */
  #finish(run: Active | string, status: "finished" | "failed" | "cancelled" | "interrupted", at: number, exit: RunExit | null, error: string | null, judge?: JudgeResult): void {
    const { id, review, startedAt } = typeof run === "string" ? { id: run, review: this.#store.isReview(run), startedAt: null } : run;
    if (!review) {
      patchRun(this.#host.state, id, { status, finishedAt: at, queuePosition: null, ...(exit ? { exit } : {}), ...(error ? { error } : {}) }, this.#host.origin);
      this.#host.record({
        kind: "run.end", runId: id, status, startedAt, exit, error,
        verdict: judge?.verdict ?? null, passed: judge?.passed ?? null, total: judge?.total ?? null, ...(judge ? { tests: judge.tests } : {}),
        ...(judge?.cpuScale !== undefined ? { cpuScale: judge.cpuScale } : {}),
      });
    }
    this.#store.finish(id, status, at, exit, error);
    if (typeof run === "string") return log("warn", "run_interrupted", { roomId: this.#host.roomLabel, runId: id });
    this.#report(run, status as "finished" | "failed" | "cancelled", at, error);
  }

  /** The run's one line in the log (an error when it failed) and its point in Analytics Engine. */
  #report(run: Active, status: "finished" | "failed" | "cancelled", at: number, error: string | null): void {
    const { id, requestId, language, mode, review, createdAt, startedAt, transport } = run;
    const queueWaitMs = startedAt === null ? null : startedAt - createdAt;
    const durationMs = startedAt === null ? null : at - startedAt;
    log(error ? "error" : "info", error ? "run_failed" : "run_ended", { requestId, roomId: this.#host.roomLabel, runId: id, language, mode, status, queueWaitMs, durationMs, transport, error });
    writeAnalytics(this.#host.env.ANALYTICS, { event: "run", language, status, mode: review ? "review" : mode, transport, queueWaitMs, durationMs });
  }
}
