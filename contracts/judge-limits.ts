/**
 * Per-test limits from a problem's time limit: the judge sends them to the runner, the web shows
 * them in the test-case panel before a run. `timeLimitMs` is CPU time for C, C++ and Rust; slower
 * runtimes get a multiple plus their start-up (JVM ≈ 0.4 s of CPU, Node ≈ 50 ms), as each
 * language's manifest entry says (`judge.cpu` in contracts/languages.ts).
 * Bounded by the runner's maxima (contracts/runner.ts RunLimitsSchema).
 */
import { JUDGED_BY_ID, type JudgedLanguageId } from "./languages";

/** SQL problems' CPU factor (sqlite3 is not a judged language: contracts/languages-plain.ts): two quick processes a test. */
const SQL_CPU = { times: 1, plusMs: 100 };
import type { RunLimits } from "./runner";

export const MAX_CPU_MS = 10_000;
/** Memory of every judged run: the runner's default, stated so the panel can show it. */
export const JUDGE_MEMORY_MB = 256;

export function limitsFor(timeLimitMs: number, language: JudgedLanguageId | "sql"): Required<RunLimits> {
  const f = language === "sql" ? SQL_CPU : JUDGED_BY_ID[language].judge.cpu;
  const cpuMs = Math.min(MAX_CPU_MS, Math.round(timeLimitMs * f.times + f.plusMs));
  // Wall time leaves room for a loaded host (the sandbox's own start-up, queueing in the kernel).
  return { cpuMs, wallMs: Math.min(20_000, cpuMs * 2 + 1000), memoryMb: JUDGE_MEMORY_MB };
}
