/**
 * The runner core: host probe, cgroups, compile cache, queue and metrics wired together.
 * Transport-free — the HTTP server (and the tests and the bench) drive it through `check`
 * and `start`.
 */
import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, LANGUAGES_BY_ID, type LanguageInfo } from "../../../contracts/languages.js";
import type { ErrorCode } from "../../../contracts/errors.js";
import { expandRecipe, RecipeError } from "../../../contracts/generated-input.js";
import { DEFAULT_TENANT, HEARTBEAT_MS, MAX_SOURCE_BYTES, MAX_STDIN_BYTES, MAX_TEST_BYTES, testBytes, type RunEvent, type RunRequest } from "../../../contracts/runner.js";
import type { LogIds } from "../../../contracts/log.js";
import type { Config } from "../config.js";
import { log } from "../log.js";
import { Metrics } from "../metrics.js";
import { inInitialUserNamespace, readOwnUidMap, safetyWarnings } from "../safety.js";
import { detectCgroups, type Cgroups } from "../sandbox/cgroup.js";
import { probeHost, type Host } from "../sandbox/host.js";
import { languageAvailability } from "./availability.js";
import { calibrate } from "./calibration.js";
import { CompileCache } from "./compile-cache.js";
import { removeLeftovers } from "./process-dirs.js";
import { sequencer } from "./events.js";
import { RunQueue, type Refusal } from "./queue.js";
import { runRequest, type RunEnv } from "./run.js";

export class RunnerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Seconds for a Retry-After header, when trying again later (or elsewhere) can work. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** Retry-After of a draining runner's 503: a pool retries another runner at once; a lone runner's replacement takes seconds. */
export const DRAINING_RETRY_AFTER_S = 5;

const MiB = 1024 * 1024;
/** What one request's recipes may make in all: sixty guard inputs of a megabyte, with room to spare. */
export const MAX_GENERATED_BYTES = 64 * MiB;

export type RunnerCore = ReturnType<typeof createRunnerCore>;

type CoreConfig = Pick<Config, "concurrency" | "maxQueued" | "dataDir" | "cacheEntries"> &
  Partial<Pick<Config, "secretSource" | "production" | "version" | "hostIsolation" | "cpuScale">>;

export function createRunnerCore(config: CoreConfig) {
  const host: Host = probeHost();
  const rootOnHost = host.uids.service === 0 && inInitialUserNamespace(readOwnUidMap()) && config.hostIsolation !== "vm";
  const warnings = safetyWarnings({ uids: host.uids, seccompProblem: host.seccompProblem, secretSource: config.secretSource ?? null, rootOnHost });
  const cgroups: Cgroups = host.problem ? { mode: "none", reason: "no sandbox" } : detectCgroups();
  // 0711: the unprivileged sandbox user must traverse to the files bound into it, never list them.
  mkdirSync(config.dataDir, { recursive: true, mode: 0o711 });
  chmodSync(config.dataDir, 0o711); // also when it pre-existed (mkdtemp makes 0700)
  // Each runner process works in its own folder: another runner sharing the data folder (the
  // problem checks start their own) must not find its runs' files removed.
  const workRoot = join(config.dataDir, "work");
  mkdirSync(workRoot, { recursive: true, mode: 0o711 });
  removeLeftovers(workRoot, "");
  const workDir = join(workRoot, String(process.pid));
  mkdirSync(workDir, { mode: 0o711 });
  const cache = new CompileCache(join(config.dataDir, "cache"), config.cacheEntries);
  const queue = new RunQueue(config.concurrency, config.maxQueued);
  const metrics = new Metrics();
  /** Runs accepted and not yet ended (queued or running), each with a way to stop it for shutdown. */
  const inFlight = new Set<{ stop: (message: string) => void }>();
  let draining = false;
  let drained: (() => void) | null = null;
  const stageTotal = metrics.counter("runner_stages_total", "Finished stages by language, stage and status.");
  const stageSeconds = metrics.counter("runner_stage_wall_seconds_total", "Wall time spent in stages.");
  const rejected = metrics.counter("runner_rejected_total", "Requests refused before running, by reason.");
  metrics.gauge("runner_running", "Runs executing now.", () => queue.running);
  metrics.gauge("runner_queued", "Runs waiting for a slot.", () => queue.queued);
  metrics.gauge("runner_concurrency", "Runs this runner executes at once (RUNNER_CONCURRENCY).", () => queue.concurrency);
  metrics.gauge("runner_draining", "1 while shutting down: new runs are refused, runs in flight finish.", () => (draining ? 1 : 0));
  metrics.gauge("runner_tenants", "Tenants with runs running or waiting.", () => queue.tenants);
  metrics.gauge("runner_compile_cache_hits_total", "Compile cache hits.", () => cache.hits, "counter");
  metrics.gauge("runner_compile_cache_misses_total", "Compile cache misses.", () => cache.misses, "counter");
  metrics.gauge("runner_cgroups_enabled", "1 when runs get their own cgroup.", () => (cgroups.hierarchy ? 1 : 0));
  const calibration = calibrate(config.cpuScale ?? null);
  log("info", "cpu_calibrated", { ...calibration });
  metrics.gauge("runner_cpu_scale", "What run limits are multiplied by: this host's CPU time for the calibration loop over the reference host's.", () => calibration.cpuScale);
  const env: RunEnv = {
    host,
    cpuScale: calibration.cpuScale,
    cgroups,
    cache,
    workDir,
    observe: (language, stage, status, wallMs) => {
      stageTotal({ language, stage, status });
      stageSeconds({ language, stage }, wallMs / 1000);
    },
  };
  const availability = languageAvailability(host, cgroups, config.production ?? false);

  return {
    host,
    cgroups,
    cache,
    queue,
    metrics,
    calibration,

    /** "<running+queued>/<concurrency>": the X-Runner-Load header pools compare runners by. */
    load(): string {
      return `${queue.running + queue.queued}/${queue.concurrency}`;
    },

    languages(): LanguageInfo[] {
      return LANGUAGES.map((l) => ({ ...l, available: availability.get(l.id)!.available }));
    },

    health() {
      return {
        ok: !host.problem && !draining,
        /** Shutting down: refuses new runs, finishes those in flight (readiness fails, so traffic moves away). */
        draining,
        version: config.version ?? "unknown-dev",
        concurrency: queue.concurrency,
        /** This host's CPU against the reference host's: every run's CPU and wall limits are multiplied by cpuScale. */
        calibration,
        running: queue.running,
        queued: queue.queued,
        sandbox: {
          bubblewrap: host.bwrap,
          problem: host.problem,
          cgroups: cgroups.mode,
          cgroupsReason: cgroups.reason ?? null,
          /** What holds a run's memory and its process count: a cgroup, or rlimits standing in. */
          memoryLimit: cgroups.hierarchy ? "cgroup" : "rlimit",
          processLimit: cgroups.hierarchy?.pids ? "cgroup" : "rlimit",
          seccomp: host.seccomp ? "loaded" : "none",
          uids: host.uids,
        },
        /** Refused in production (main.ts); in development the runner works but says so here. */
        warnings,
        queue: { running: queue.running, queued: queue.queued, tenants: queue.tenants, concurrency: queue.concurrency, maxQueued: queue.maxQueued },
        languages: Object.fromEntries([...availability].map(([id, a]) => [id, a.available])),
        /** Each language's availability with the reason when it is not. */
        availability: Object.fromEntries(availability),
      };
    },

    /** Everything that must fail before a process starts (the schema has already passed). */
    check(req: RunRequest): void {
      const lang = LANGUAGES_BY_ID[req.language];
      const fail = (code: ErrorCode, message: string) => {
        rejected({ reason: code });
        throw new RunnerError(code, message);
      };
      if (draining) {
        rejected({ reason: "draining" });
        throw new RunnerError("runner_unavailable", "this runner is draining (shutting down): retry on another runner", DRAINING_RETRY_AFTER_S);
      }
      if (!req.files.some((f) => f.name === lang.fileName)) fail("bad_request", `${lang.id} runs need a file named ${lang.fileName}`);
      const sourceBytes = req.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
      if (sourceBytes > MAX_SOURCE_BYTES) fail("payload_too_large", `source is ${sourceBytes} bytes; the limit is ${MAX_SOURCE_BYTES}`);
      if (req.stdin && Buffer.byteLength(req.stdin) > MAX_STDIN_BYTES) fail("payload_too_large", `stdin is over ${MAX_STDIN_BYTES} bytes`);
      const bigTest = req.tests?.findIndex((t) => testBytes(t) > MAX_TEST_BYTES) ?? -1;
      if (bigTest >= 0) fail("payload_too_large", `test ${bigTest} is over ${MAX_TEST_BYTES} bytes`);
      // A recipe that cannot be made is the request's fault: refused before anything runs. So is
      // one request making more than its share: each test's input is made again when it runs.
      let made = 0;
      for (const [i, t] of (req.tests ?? []).entries()) {
        if (!("generate" in t)) continue;
        try {
          made += expandRecipe(t.generate).length;
        } catch (e) {
          if (e instanceof RecipeError) fail("bad_request", `test ${i}: ${e.message}`);
          throw e;
        }
        if (made > MAX_GENERATED_BYTES) fail("payload_too_large", `the tests' recipes make over ${MAX_GENERATED_BYTES / MiB} MiB of input (test ${i})`);
      }
      if (host.problem) fail("runner_unavailable", host.problem);
      const why = availability.get(lang.id)!.reason;
      if (why) fail("runner_unavailable", `${lang.displayName} is unavailable on this runner: ${why}`);
    },

    /**
     * Queue a checked request. Returns the refusal when the tenant's share or the queue is full
     * (429); otherwise events flow to `write` until the returned promise settles. Aborting
     * `signal` cancels and kills the run.
     */
    start(req: RunRequest, write: (e: RunEvent) => void, clientSignal: AbortSignal, ids: LogIds = {}): Promise<void> | Refusal {
      const accepted = performance.now();
      let outcome = "error";
      // Shutdown stops a run on its own: the run then reports only the error saying why.
      const shutdown = new AbortController();
      const signal = AbortSignal.any([clientSignal, shutdown.signal]);
      let stoppedFor: string | null = null;
      const emit = sequencer((e) => {
        // The run's outcome for its log line: the status that ended it, or its error.
        if (e.type === "error") outcome = "error";
        else if (e.type === "exit" && (e.stage !== "compile" || e.status !== "OK")) outcome = e.status;
        write(e);
      });
      const ticket = queue.tryEnter(req.tenant ?? DEFAULT_TENANT, signal, (position) => emit({ type: "queued", position }));
      if (!("ready" in ticket)) {
        rejected({ reason: ticket.refused });
        return ticket;
      }
      const entry = {
        stop(message: string) {
          stoppedFor = message;
          shutdown.abort(new Error(message));
        },
      };
      inFlight.add(entry);
      // Queued or running, the stream is never silent for long: silence means a dead or hung runner.
      const heartbeat = setInterval(() => emit({ type: "heartbeat" }), HEARTBEAT_MS);
      const language = req.language;
      let queuedMs = 0;
      const emitUnlessStopped: typeof emit = (e) => {
        if (!stoppedFor) emit(e); // what a killed process "did" after the kill is noise, not its result
      };
      return ticket.ready
        .then(async () => {
          queuedMs = Math.round(performance.now() - accepted);
          log("info", "run_started", { ...ids, language, queuedMs });
          emit({ type: "started", cpuScale: calibration.cpuScale });
          await runRequest(env, req, emitUnlessStopped, signal, ids);
        })
        .catch((e: unknown) => {
          if (signal.aborted) return;
          log("error", "run_failed", { ...ids, language, error: e instanceof Error ? e : String(e) });
          emit({ type: "error", message: "internal runner error" });
        })
        .finally(() => {
          clearInterval(heartbeat);
          ticket.release();
          if (stoppedFor && !clientSignal.aborted) emit({ type: "error", message: stoppedFor });
          const status = clientSignal.aborted ? "cancelled" : outcome;
          log("info", "run_finished", { ...ids, language, status, ms: Math.round(performance.now() - accepted), queuedMs });
          inFlight.delete(entry);
          if (inFlight.size === 0) drained?.();
        });
    },

    /** Refuses new runs from now on; resolves once every run in flight (queued or running) has ended. */
    drain(): Promise<void> {
      draining = true;
      if (inFlight.size === 0) return Promise.resolve();
      return new Promise((resolve) => {
        drained = resolve;
      });
    },

    /** Kills every run in flight; each ends with an `error{message}` event. */
    stopAll(message: string): void {
      for (const run of inFlight) run.stop(message);
    },
  };
}
