/**
 * OrgEvents: one SQLite-backed Durable Object per organisation (`idFromName(orgId)`), the single
 * sender of its webhooks. The Worker hands it each event (`emit`); it queues one delivery per
 * subscribed endpoint in D1 and wakes its alarm, which POSTs what is due (send.ts), records every
 * attempt, and retries failures with backoff (contracts/webhook-retries.ts) until delivered or out
 * of attempts. Its one alarm is always set to the earliest pending delivery, and cleared when none
 * is left. No timers: the alarm survives eviction and restarts; timers would not.
 *
 * Read in order: load (storage migrated, the organisation remembered) → emit → alarm (send the
 * due, then reschedule). Entry points are thin and alike: a hook, logged with the organisation on
 * failure and rethrown (the platform retries an alarm; the Worker logs a failed emit).
 */
import { DurableObject } from "cloudflare:workers";
import { isProduction } from "../../contracts/environment";
import { retryBaseMs, retryDelay } from "../../contracts/webhook-retries";
import { type DeliveryAttempt, type OrgEvent, OrgEventSchema } from "../../contracts/webhooks";
import { db, type Db } from "../../data/db";
import { claimDeliveries, type DueDelivery, dueDeliveries, nextDeliveryDue, queueDeliveries, recordDeliveryAttempt } from "../../data/webhooks";
import { guarded, rethrow } from "../room/guard";
import { migrate } from "../room/schema";
import { AttemptLog } from "./attempt-log";
import { ORG_EVENTS_MIGRATIONS } from "./schema";
import { DELIVERY_TIMEOUT_MS, sendDelivery } from "./send";

/** Deliveries one alarm sends at once; more due are left to the next alarm, set at once. */
const BATCH = 25;
/** How long a delivery being sent is kept from being picked up again (it would be, were this object to die mid-send). */
const CLAIM_MS = DELIVERY_TIMEOUT_MS * 6;

export class OrgEvents extends DurableObject<Env> {
  readonly #attempts: AttemptLog;
  #orgId: string | null = null;
  /** Reschedules run one after another, so the alarm ends at what the last one read. */
  #scheduling: Promise<void> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#attempts = new AttemptLog(ctx.storage.sql);
    void ctx.blockConcurrencyWhile(async () => this.#load());
  }

  // ── entry points ─────────────────────────────────────────────────────────────────────────────

  /** An event of this organisation: a delivery queued per subscribed endpoint; how many. */
  async emit(event: OrgEvent): Promise<number> {
    return this.#guard("emit", () => this.#onEmit(OrgEventSchema.parse(event)));
  }

  /** The attempts of these deliveries, for the delivery log. */
  async history(deliveryIds: string[]): Promise<Record<string, DeliveryAttempt[]>> {
    return this.#guard("history", () => this.#attempts.historyOf(deliveryIds));
  }

  async alarm(): Promise<void> {
    return this.#guard("alarm", () => this.#onAlarm());
  }

  // ── hooks ────────────────────────────────────────────────────────────────────────────────────

  #load(): void {
    migrate(this.ctx.storage, ORG_EVENTS_MIGRATIONS);
    this.#orgId = this.ctx.storage.sql.exec<{ org_id: string }>("SELECT org_id FROM org WHERE id = 1").toArray()[0]?.org_id ?? null;
  }

  async #onEmit(event: OrgEvent): Promise<number> {
    this.#remember(event.orgId);
    const queued = await queueDeliveries(this.#db, event);
    if (queued.length > 0) await this.#reschedule();
    return queued.length;
  }

  async #onAlarm(): Promise<void> {
    const orgId = this.#orgId;
    if (!orgId) return; // never given an event: nothing to send
    const baseMs = retryBaseMs(this.env.WEBHOOK_RETRY_BASE_MS, isProduction(this.env)); // a silly value stops here, loudly
    const now = Date.now();
    const due = await dueDeliveries(this.#db, orgId, now, BATCH);
    await claimDeliveries(this.#db, due.map((d) => d.id), now + CLAIM_MS);
    const sent = await Promise.allSettled(due.map((d) => this.#attempt(d, baseMs)));
    await this.#reschedule();
    const failed = sent.find((s) => s.status === "rejected");
    if (failed) throw failed.reason; // a claimed delivery comes back after its claim; the platform retries the alarm
  }

  /** One POST, its outcome recorded here (the attempt) and in D1 (the delivery's state). */
  async #attempt(delivery: DueDelivery, baseMs: number): Promise<void> {
    const { delivered, ...attempt } = await sendDelivery(delivery);
    const attempts = delivery.attempts + 1;
    const wait = delivered ? null : retryDelay(attempts, baseMs);
    this.#attempts.record(delivery.id, attempts, attempt);
    await recordDeliveryAttempt(this.#db, delivery.id, {
      attempts, httpStatus: attempt.httpStatus, error: attempt.error, at: attempt.at,
      status: delivered ? "delivered" : wait === null ? "failed" : "pending",
      nextAttemptAt: wait === null ? null : Date.now() + wait,
    });
  }

  /** The alarm at the earliest pending delivery (now, if one is overdue), or none when nothing is pending. */
  #reschedule(): Promise<void> {
    const orgId = this.#orgId;
    const run = this.#scheduling.then(async () => {
      const at = orgId ? await nextDeliveryDue(this.#db, orgId) : null;
      if (at === null) await this.ctx.storage.deleteAlarm();
      else await this.ctx.storage.setAlarm(Math.max(at, Date.now()));
    });
    this.#scheduling = run.catch(() => {});
    return run;
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────

  #remember(orgId: string): void {
    if (this.#orgId === orgId) return;
    if (this.#orgId !== null) throw new Error(`event of organisation ${orgId} sent to the object of ${this.#orgId}`);
    this.ctx.storage.sql.exec("INSERT INTO org (id, org_id) VALUES (1, ?)", orgId);
    this.#orgId = orgId;
  }

  get #db(): Db {
    return db(this.env.DB);
  }

  #guard<T>(entry: string, hook: () => T | Promise<T>): Promise<T> {
    return guarded(`org:${this.#orgId ?? "?"}`, entry, hook, rethrow);
  }
}
