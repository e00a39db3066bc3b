/**
 * Per-test limits from a problem's time limit. `timeLimitMs` is CPU time for C, C++, Rust and
 * Go; slower runtimes get a multiple plus their start-up (JVM ≈ 0.4 s of CPU, Node ≈ 50 ms).
 * Bounded by the runner's maxima (contracts/runner.ts RunLimitsSchema).
 */
import type { LanguageId } from "../contracts/languages";
import type { RunLimits } from "../contracts/runner";

const FACTOR: Record<LanguageId, { times: number; plusMs: number }> = {
  c: { times: 1, plusMs: 0 },
  cpp: { times: 1, plusMs: 0 },
  rust: { times: 1, plusMs: 0 },
  go: { times: 1.5, plusMs: 50 },
  java: { times: 2, plusMs: 800 },
  javascript: { times: 2, plusMs: 150 },
  typescript: { times: 2, plusMs: 150 },
  python: { times: 4, plusMs: 100 },
};

export const MAX_CPU_MS = 10_000;

export function limitsFor(timeLimitMs: number, language: LanguageId): RunLimits {
  const f = FACTOR[language];
  const cpuMs = Math.min(MAX_CPU_MS, Math.round(timeLimitMs * f.times + f.plusMs));
  // Wall time leaves room for a loaded host (the sandbox's own start-up, queueing in the kernel).
  return { cpuMs, wallMs: Math.min(20_000, cpuMs * 2 + 1000) };
}
