/**
 * How fast this host's CPU is, measured once at start, so that a time limit means the same on a
 * slower or faster host. The loop is integer work over a small table (what a judged solution does
 * most: arithmetic, loads and branches), timed in CPU time, best of several tries (a busy host
 * slows some of them; none runs faster than the CPU can). `cpuScale` is its time over the
 * reference host's: the runner multiplies every run's CPU and wall limits by it (run.ts) and says
 * so on each run's `started` event, which the verdict records, and in /healthz.
 */
import { cpuUsage } from "node:process";

/** The loop's CPU time on the reference host (the 2-core machine the library's limits were set on). */
export const REFERENCE_LOOP_MS = 40;
/** A scale outside this range means a measurement gone wrong, not a host: it is clamped. */
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 4;

export interface Calibration {
  /** The loop's best CPU time here. */
  loopMs: number;
  referenceLoopMs: number;
  /** Limits are multiplied by this (1 on the reference host, 2 on a host half as fast). */
  cpuScale: number;
  /** "measured", or "configured" when RUNNER_CPU_SCALE pins it. */
  source: "measured" | "configured";
}

/** One pass of the loop: a checksum, so that nothing can be optimised away. */
export function calibrationLoop(): number {
  const table = new Int32Array(1 << 14);
  let x = 12345;
  let sum = 0;
  for (let i = 0; i < 6_000_000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    const k = (x >>> 8) & (table.length - 1);
    table[k] = (table[k] + i) | 0;
    if (table[k] & 1) sum = (sum + k) | 0;
  }
  return sum;
}

export function measureLoopMs(tries = 9): number {
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0; t < tries; t++) {
    const start = cpuUsage();
    calibrationLoop();
    const used = cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * The scale for a measured loop time, in quarter steps within [MIN_SCALE, MAX_SCALE]: a measurement
 * varies by about ±10% from one start to the next (seen on the reference host, idle or with both
 * cores busy), and that noise must not move a host's limits each time it restarts.
 */
export function scaleFor(loopMs: number): number {
  const s = Math.round((loopMs / REFERENCE_LOOP_MS) * 4) / 4;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
}

/** Measures this host, unless `configured` (RUNNER_CPU_SCALE) pins the scale. */
export function calibrate(configured: number | null): Calibration {
  if (configured !== null) return { loopMs: 0, referenceLoopMs: REFERENCE_LOOP_MS, cpuScale: configured, source: "configured" };
  const loopMs = Math.round(measureLoopMs() * 10) / 10;
  return { loopMs, referenceLoopMs: REFERENCE_LOOP_MS, cpuScale: scaleFor(loopMs), source: "measured" };
}
