/**
 * Integrity signals (issue 14), the part without a browser: a bounded queue of the participant's
 * pastes, focus changes and visibility changes, sent to POST …/signals in batches the route takes
 * (≤ 50 signals, ≤ SIGNALS_MAX_BYTES) at most once per SIGNALS_MIN_INTERVAL_MS. They are claims on
 * the record, never acted on: losing a few under pressure is better than flooding the room.
 * The browser side is useSignals.ts.
 */
import { SIGNALS_MAX_BYTES, SIGNALS_MIN_INTERVAL_MS, type Signal } from "../../../contracts/record";

/** SignalsSchema's cap on one batch. */
export const MAX_BATCH = 50;
/**
 * How many signals wait at most. A tab left switching focus for hours while the route refuses (say
 * the network is down) must not grow without bound: past this the OLDEST are dropped, and `dropped`
 * counts them, since the latest say most about what is happening now.
 */
export const MAX_QUEUED = 200;

const bytes = (s: string) => new TextEncoder().encode(s).length;
/** `{"signals":[` + `]}`: what a batch's body adds around its signals. */
const ENVELOPE = bytes(JSON.stringify({ signals: [] }));

export class SignalQueue {
  #queue: Signal[] = [];
  #notBefore = 0;
  dropped = 0;

  constructor(readonly limits = { maxQueued: MAX_QUEUED, maxBatch: MAX_BATCH, maxBytes: SIGNALS_MAX_BYTES, intervalMs: SIGNALS_MIN_INTERVAL_MS }) {}

  get size(): number {
    return this.#queue.length;
  }

  push(signal: Signal): void {
    this.#queue.push(signal);
    this.#trim();
  }

  /** ms until a batch may go (0: now); null when nothing waits. */
  wait(now: number): number | null {
    return this.#queue.length === 0 ? null : Math.max(0, this.#notBefore - now);
  }

  /**
   * The next batch, taken off the queue, if one may go at `now`: the oldest signals, as many as fit
   * the count and the byte cap (a body of exactly what is returned). Starts the interval.
   */
  take(now: number): Signal[] | null {
    if (this.wait(now) !== 0) return null;
    const { maxBatch, maxBytes, intervalMs } = this.limits;
    let size = ENVELOPE;
    let n = 0;
    for (const s of this.#queue) {
      const more = bytes(JSON.stringify(s)) + (n > 0 ? 1 : 0); // the comma between signals
      if (n >= maxBatch || size + more > maxBytes) break;
      size += more;
      n++;
    }
    // One signal too big for any batch can't be sent: drop it rather than block the rest.
    if (n === 0) {
      this.#queue.shift();
      this.dropped++;
      return this.take(now);
    }
    this.#notBefore = now + intervalMs;
    return this.#queue.splice(0, n);
  }

  /** A batch that did not arrive goes back to the front, to go after `retryAfterMs` (the server's Retry-After, or the interval). */
  putBack(batch: Signal[], now: number, retryAfterMs = this.limits.intervalMs): void {
    this.#queue.unshift(...batch);
    this.#trim();
    this.#notBefore = Math.max(this.#notBefore, now + retryAfterMs);
  }

  #trim(): void {
    const over = this.#queue.length - this.limits.maxQueued;
    if (over > 0) {
      this.#queue.splice(0, over);
      this.dropped += over;
    }
  }
}

/**
 * How a batch went: sent; to send again after ms (429, no network); refused as it is, so dropped
 * (400, 413); or refused for good, so reporting stops (401, 403: the session ended or was revoked).
 */
export type SendResult = "sent" | "drop" | "stop" | { retryAfterMs: number };

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realClock: Clock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as number) };

/**
 * Sends the queue's batches as they become due, one request in flight. `flushNow` is for the
 * page going away: it sends what may go at once (with keepalive, so it outlives the page), and
 * never breaks the interval — the route would refuse it and store nothing anyway.
 */
export class SignalsReporter {
  readonly queue = new SignalQueue();
  #timer: unknown = null;
  #inFlight = false;
  #stopped = false;

  constructor(private readonly send: (batch: Signal[], opts: { keepalive: boolean }) => Promise<SendResult>, private readonly clock: Clock = realClock) {}

  report(signal: Signal): void {
    if (this.#stopped) return;
    this.queue.push(signal);
    this.#schedule();
  }

  flushNow(): void {
    void this.#flush(true);
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(): void {
    if (this.#stopped || this.#inFlight || this.#timer !== null) return;
    const wait = this.queue.wait(this.clock.now());
    if (wait === null) return;
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = null;
      void this.#flush(false);
    }, wait);
  }

  async #flush(keepalive: boolean): Promise<void> {
    if (this.#stopped || this.#inFlight) return;
    const batch = this.queue.take(this.clock.now());
    if (!batch) return;
    this.#inFlight = true;
    let result: SendResult;
    try {
      result = await this.send(batch, { keepalive });
    } catch {
      result = { retryAfterMs: this.queue.limits.intervalMs };
    }
    this.#inFlight = false;
    if (result === "stop") return this.stop();
    if (typeof result === "object") this.queue.putBack(batch, this.clock.now(), result.retryAfterMs);
    this.#schedule();
  }
}
