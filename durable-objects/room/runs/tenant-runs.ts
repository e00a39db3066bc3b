/**
 * How many rooms of one tenant (who created them: the account or organisation in production, the
 * client's address locally) may have a run going at once. One room already holds at most one run;
 * without this cap one party creating twenty rooms could take every place in the shared runner's
 * queue. The count lives in the tenant's RateLimiter object as leases held by room; a lease
 * lapses on its own if the room dies mid-run. An organisation's rooms take its own cap (its
 * `roomsWithRuns` quota, given to the room when it is created) instead of the deployment's.
 */
import type { ErrorCode } from "../../../contracts/errors";
import { log } from "../../../contracts/log";

export const DEFAULT_ROOMS_RUNNING_PER_TENANT = 4;
/** Longer than any run can last (a submission's 60 s budget plus a reference run and queueing). */
const LEASE_MS = 3 * 60_000;
const BUCKET = "rooms running";

export type Place = { ok: true } | { ok: false; code: ErrorCode; message: string; retryAfter: number };

export class TenantRuns {
  readonly #env: Env;
  readonly #holder: string;

  constructor(env: Env, roomLabel: string) {
    this.#env = env;
    this.#holder = roomLabel;
  }

  /** `orgLimit`: the organisation's own cap (its roomsWithRuns quota), in place of the deployment's. */
  async acquire(tenant: string, orgLimit: number | null = null): Promise<Place> {
    const limit = orgLimit ?? (Number(this.#env.RUNS_ROOMS_PER_TENANT) || DEFAULT_ROOMS_RUNNING_PER_TENANT);
    const d = await this.#stub(tenant).acquire(BUCKET, this.#holder, limit, LEASE_MS);
    if (d.ok) return { ok: true };
    const reached = orgLimit === null
      ? `${limit} rooms of yours are already running code`
      : `your organisation may run code in ${limit} room${limit === 1 ? "" : "s"} at once, and ${limit === 1 ? "it is" : "all are"} busy`;
    return { ok: false, code: "rate_limited", retryAfter: d.retryAfter, message: `${reached}; try again when one finishes (about ${d.retryAfter} s at most)` };
  }

  async release(tenant: string): Promise<void> {
    try {
      await this.#stub(tenant).release(BUCKET, this.#holder);
    } catch (e) {
      // The lease lapses on its own; worth a line, not a failed run.
      log("error", "tenant_release_failed", { roomId: this.#holder, error: String(e) });
    }
  }

  #stub(tenant: string) {
    return this.#env.RATE_LIMITER.get(this.#env.RATE_LIMITER.idFromName(`tenant:${tenant}`));
  }
}
