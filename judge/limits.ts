/** The judge's per-test limits: the contract's (contracts/judge-limits.ts), which the web shows too. */
export { JUDGE_MEMORY_MB, MAX_CPU_MS, limitsFor } from "../contracts/judge-limits";
