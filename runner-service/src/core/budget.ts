/**
 * A request's total wall-time budget: compile plus the run or every test (a Submit with 64 tests
 * at 10 s each would otherwise hold a runner slot for over ten minutes). Each stage's wall
 * limit is cut to what is left; once it is spent, the stage that ran into it reports its own
 * timeout and the request ends with an `error` event instead of running the rest.
 */
import { DEFAULT_BUDGET_MS } from "../../../contracts/runner.js";
import type { Limits } from "../limits.js";

export class Budget {
  readonly #deadline: number;

  constructor(
    readonly ms: number = DEFAULT_BUDGET_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#deadline = now() + ms;
  }

  get spent(): boolean {
    return this.now() >= this.#deadline;
  }

  /** The stage's limits with its wall clock cut to the time left (at least 1 ms). */
  clamp(limits: Limits): Limits {
    const left = Math.ceil(this.#deadline - this.now());
    return { ...limits, wallMs: Math.max(1, Math.min(limits.wallMs, left)) };
  }

  message(what: "run" | "submission"): string {
    return `${what} exceeded its ${this.ms / 1000} s total time budget`;
  }
}
