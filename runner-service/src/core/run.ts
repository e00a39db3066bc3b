/**
 * One run request from start to finish: write the files, compile (through the cache), then
 * either one run with the request's stdin or one fresh process per test (Pitfall 10: no state
 * carried between tests), all within the request's total time budget. Emits contract events;
 * knows nothing about HTTP.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES_BY_ID, type Language } from "../../../contracts/languages.js";
import type { LogIds } from "../../../contracts/log.js";
import { expandRecipe } from "../../../contracts/generated-input.js";
import type { RunRequest, RunStatus, StageName, TestCase } from "../../../contracts/runner.js";
import { resolveLimits, scaleTimes } from "../limits.js";
import { log } from "../log.js";
import type { Bind } from "../sandbox/bwrap-args.js";
import type { Cgroups } from "../sandbox/cgroup.js";
import { classify, type Classified } from "../sandbox/classify.js";
import { execute, type ExecOptions, type ExecResult } from "../sandbox/execute.js";
import type { Host } from "../sandbox/host.js";
import { Budget } from "./budget.js";
import { CompileCache, type Artifacts } from "./compile-cache.js";
import { removeTree } from "./process-dirs.js";
import type { Emit } from "./events.js";
import { OutputCoalescer } from "./output.js";
import { boxBinds, stepSpec } from "./sandbox-spec.js";
import { verdictOf } from "./verdict.js";

export interface RunEnv {
  host: Host;
  /** Run limits are multiplied by this: the host's CPU calibration (calibration.ts). */
  cpuScale: number;
  cgroups: Cgroups;
  cache: CompileCache;
  workDir: string;
  observe?: (lang: string, stage: StageName, status: RunStatus, wallMs: number) => void;
}

/** Shown on a failed test: enough to see the difference, small enough for the room's state doc. */
const EXCERPT_CHARS = 8 * 1024;

export async function runRequest(env: RunEnv, req: RunRequest, emit: Emit, signal: AbortSignal, ids: LogIds = {}): Promise<void> {
  const lang = LANGUAGES_BY_ID[req.language];
  const id = randomUUID();
  const srcDir = join(env.workDir, id);
  mkdirSync(srcDir, { mode: 0o755 });
  try {
    for (const f of req.files) writeFileSync(join(srcDir, f.name), f.content, { mode: 0o644 });
    const budget = new Budget(req.budgetMs);
    const ctx = { env, lang, id, ids, emit, signal, budget, sources: [...env.host.tools, ...boxBinds(srcDir, req.files.map((f) => f.name))] };
    const artifacts = await compileStage(ctx, req);
    if (!artifacts || signal.aborted) return;
    const binds = [...ctx.sources, ...boxBinds(artifacts.dir, artifacts.files)];
    if (req.tests) await testStage(ctx, req, binds);
    else await runStage(ctx, req, binds);
  } finally {
    removeTree(srcDir);
  }
}

type Ctx = { env: RunEnv; lang: Language; id: string; ids: LogIds; emit: Emit; signal: AbortSignal; budget: Budget; sources: Bind[] };

async function compileStage(ctx: Ctx, req: RunRequest): Promise<Artifacts | null> {
  const { env, lang, emit } = ctx;
  if (!lang.compile) return { dir: "", files: [] };
  const step = lang.compile;
  emit({ type: "stage", name: "compile" });
  const limits = resolveLimits("compile", step.limits);
  const out = new OutputCoalescer(emit, limits.streamBytes);
  let result: ExecResult | undefined;
  let c: Classified | undefined;
  const { artifacts, hit } = await env.cache.getOrCompile(CompileCache.key(lang, req.files), async () => {
    const scratch = env.cache.scratch(env.host.spawnAs);
    const binds = [...ctx.sources, { src: scratch, dest: "/out", writable: true }];
    result = await sandboxed(ctx, `${ctx.id}-c`, stepSpecFor(ctx, step, ctx.budget.clamp(limits), binds), { onOutput: (s, b) => out.push(s, b) });
    c = classify(result);
    if (c.status === "OK") return scratch;
    env.cache.discard(scratch);
    return null;
  });
  out.end();
  if (hit || !result || !c) {
    emit({ type: "exit", stage: "compile", status: "OK", exitCode: 0, signal: null, timeMs: 0, wallMs: 0, memoryKb: 0, truncated: false });
    return artifacts;
  }
  if (result.internalError) return internal(ctx, result.internalError);
  // A compiler that fails, crashes or floods errors is a compile error; TO and ML keep their status.
  const status: RunStatus = c.status === "TO" || c.status === "ML" || c.status === "OK" ? c.status : "CE";
  emitExit(ctx, "compile", { ...c, status }, result, out.truncated);
  if (status !== "OK" && budgetSpent(ctx, req)) return null;
  if (status !== "OK" && req.tests) {
    req.tests.forEach((_, index) => emit({ type: "test", index, verdict: "CE", timeMs: 0, memoryKb: 0 }));
  }
  return status === "OK" ? artifacts : null;
}

async function runStage(ctx: Ctx, req: RunRequest, binds: Bind[]): Promise<void> {
  if (budgetSpent(ctx, req)) return;
  ctx.emit({ type: "stage", name: "run" });
  const limits = scaleTimes(resolveLimits("run", ctx.lang.run.limits, req.limits), ctx.env.cpuScale);
  const out = new OutputCoalescer(ctx.emit, limits.streamBytes);
  const r = await sandboxed(ctx, `${ctx.id}-r`, stepSpecFor(ctx, ctx.lang.run, ctx.budget.clamp(limits), binds), {
    stdin: req.stdin,
    onOutput: (s, b) => out.push(s, b),
  });
  out.end();
  if (r.internalError) return void internal(ctx, r.internalError);
  emitExit(ctx, "run", classify(r), r, out.truncated);
  budgetSpent(ctx, req);
}

async function testStage(ctx: Ctx, req: RunRequest, binds: Bind[]): Promise<void> {
  const limits = scaleTimes(resolveLimits("test", ctx.lang.run.limits, req.limits), ctx.env.cpuScale);
  const out = new OutputCoalescer(ctx.emit, limits.streamBytes);
  let worst: { c: Classified; r: ExecResult } | undefined;
  let timeMs = 0, wallMs = 0, memoryKb = 0;
  for (const [index, test] of req.tests!.entries()) {
    if (ctx.signal.aborted || budgetSpent(ctx, req)) return;
    ctx.emit({ type: "stage", name: "test", index });
    const spec = stepSpecFor(ctx, ctx.lang.run, ctx.budget.clamp(limits), binds);
    const r = await sandboxed(ctx, `${ctx.id}-t${index}`, spec, {
      stdin: stdinOf(test),
      captureStdout: limits.outputBytes,
      onOutput: (s, b) => out.push(s, b),
    });
    out.end();
    if (r.internalError) return void internal(ctx, r.internalError);
    const c = classify(r);
    const stdout = r.stdout.toString("utf8");
    const verdict = verdictOf(c.status, stdout, test.expected, req.compare);
    const shown = verdict === "AC" ? {} : { stdout: stdout.slice(0, EXCERPT_CHARS), expected: test.expected.slice(0, EXCERPT_CHARS) };
    ctx.emit({ type: "test", index, verdict, timeMs: Math.round(r.timeMs), memoryKb: r.memoryKb, ...shown });
    if (budgetSpent(ctx, req)) return; // this test reported its TLE; the rest are not run
    if (c.status !== "OK" && !worst) worst = { c, r };
    timeMs = Math.max(timeMs, r.timeMs);
    wallMs = Math.max(wallMs, r.wallMs);
    memoryKb = Math.max(memoryKb, r.memoryKb);
  }
  // The stage's exit: the first test that did not run cleanly (or OK), with the maxima over all tests.
  const c = worst?.c ?? { status: "OK" as const, exitCode: 0, signal: null };
  const r = { ...(worst?.r ?? ({} as ExecResult)), timeMs, wallMs, memoryKb };
  emitExit(ctx, "test", c, r, out.truncated);
}

/** A test's stdin: its text, or made from its recipe here, next to the run (checked when the request came in). */
function stdinOf(test: TestCase): string {
  return "input" in test ? test.input : expandRecipe(test.generate);
}

function stepSpecFor(ctx: Ctx, step: Language["run"], limits: ReturnType<typeof resolveLimits>, binds: Bind[]) {
  const cg = ctx.env.cgroups.hierarchy;
  return stepSpec(ctx.lang, step, limits, binds, { memory: Boolean(cg), pids: Boolean(cg?.pids) });
}

function sandboxed(ctx: Ctx, name: string, spec: ExecOptions["spec"], opts: Omit<ExecOptions, "spec" | "name" | "signal" | "ids">) {
  return execute(ctx.env.host, ctx.env.cgroups, { ...opts, spec, name, signal: ctx.signal, ids: ctx.ids });
}

function emitExit(ctx: Ctx, stage: StageName, c: Classified, r: Pick<ExecResult, "timeMs" | "wallMs" | "memoryKb">, truncated: boolean) {
  const wallMs = Math.round(r.wallMs);
  ctx.env.observe?.(ctx.lang.id, stage, c.status, wallMs);
  ctx.emit({ type: "exit", stage, status: c.status, exitCode: c.exitCode, signal: c.signal, timeMs: Math.round(r.timeMs), wallMs, memoryKb: r.memoryKb, truncated });
}

/** Ends the request with an `error` event once its total time budget is spent (see budget.ts). */
function budgetSpent(ctx: Ctx, req: RunRequest): boolean {
  if (!ctx.budget.spent) return false;
  ctx.emit({ type: "error", message: ctx.budget.message(req.tests ? "submission" : "run") });
  return true;
}

function internal(ctx: Ctx, message: string): null {
  log("error", "sandbox_failed", { ...ctx.ids, sandboxRun: ctx.id, language: ctx.lang.id, error: message });
  ctx.env.observe?.(ctx.lang.id, "run", "XX", 0);
  ctx.emit({ type: "error", message: "sandbox failure: the run could not be executed" });
  return null;
}
