/**
 * Every sandbox limit with its default, in one place (README.md documents each one).
 * Numbers follow Judge0/Piston/isolate defaults (DESIGN.md, "Runner contract").
 */
import type { LimitOverrides } from "../../contracts/languages.js";
import type { RunLimits, StageName } from "../../contracts/runner.js";

export interface Limits {
  cpuMs: number;
  wallMs: number;
  memoryMb: number;
  pids: number;
  /** Output bytes sent to the client as events; more is counted but not sent (`truncated`). */
  streamBytes: number;
  /** Output bytes the program may produce in total (stdout + stderr) before it is killed with OL. */
  outputBytes: number;
  fsizeBytes: number;
  nofile: number;
  stackBytes: number;
  /** Size of each writable tmpfs (/box, /tmp, /dev/shm); their pages count against memoryMb too. */
  tmpfsBytes: number;
}

const MiB = 1024 * 1024;

export const RUN_DEFAULTS: Limits = {
  cpuMs: 5_000,
  wallMs: 10_000,
  memoryMb: 256,
  pids: 64,
  streamBytes: 64 * 1024,
  outputBytes: 1 * MiB,
  fsizeBytes: 10 * MiB,
  nofile: 256,
  stackBytes: 64 * MiB,
  tmpfsBytes: 64 * MiB,
};

export const COMPILE_DEFAULTS: Limits = { ...RUN_DEFAULTS, cpuMs: 10_000, wallMs: 20_000 };

/** Share of the memory limit handed to runtimes as their heap (`{heapMb}`): the rest is stacks, code, metadata. */
export const HEAP_SHARE = 0.75;

/**
 * Effective limits of one stage: defaults, then the language's overrides, then the request's
 * (already bounded by RunLimitsSchema). Requests only shape run/test stages, never compiles.
 */
export function resolveLimits(stage: StageName, overrides: LimitOverrides, requested: RunLimits = {}): Limits {
  const base = stage === "compile" ? COMPILE_DEFAULTS : RUN_DEFAULTS;
  const merged: Limits = { ...base, ...definedOnly(overrides) };
  if (stage !== "compile") Object.assign(merged, definedOnly(requested));
  return merged;
}

/** Limits with CPU and wall time multiplied by the host's calibration (core/calibration.ts). */
export function scaleTimes(limits: Limits, cpuScale: number): Limits {
  if (cpuScale === 1) return limits;
  return { ...limits, cpuMs: Math.round(limits.cpuMs * cpuScale), wallMs: Math.round(limits.wallMs * cpuScale) };
}

export function heapMb(limits: Limits): number {
  return Math.max(16, Math.floor(limits.memoryMb * HEAP_SHARE));
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
