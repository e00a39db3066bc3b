/**
 * When a failed webhook delivery is tried again: about 30 s, 2 min, 10 min, 1 h and 6 h after
 * each failure (with the default base of 30 s), each stretched by up to a fifth at random so that
 * deliveries failed together do not all return together. The sixth failure is final.
 * The organisation's Durable Object schedules by it; the Worker refuses new endpoints while
 * WEBHOOK_RETRY_BASE_MS is set to something silly, so a bad deploy is noticed at once.
 */

/** Attempts a delivery gets in all: the first and five retries, about seven hours. */
export const MAX_ATTEMPTS = 6;
/** Each retry's wait, in bases (30 s): 30 s, 2 min, 10 min, 1 h, 6 h. */
const WAIT_IN_BASES = [1, 4, 20, 120, 720] as const;
const JITTER = 0.2;

export const DEFAULT_RETRY_BASE_MS = 30_000;
/** Bounds of WEBHOOK_RETRY_BASE_MS: below a second only for tests; above an hour the last retry would wait a month. */
const MIN_BASE_MS = { production: 1_000, otherwise: 10 } as const;
const MAX_BASE_MS = 3_600_000;

/** The wait before attempt `attempts + 1`, or null when `attempts` failures were the last allowed. */
export function retryDelay(attempts: number, baseMs: number, random: () => number = Math.random): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const bases = WAIT_IN_BASES[Math.max(1, Math.min(attempts, WAIT_IN_BASES.length)) - 1];
  return Math.round(bases * baseMs * (1 + JITTER * random()));
}

/** A WEBHOOK_RETRY_BASE_MS that is not a whole number of milliseconds in bounds. */
export class RetryBaseError extends Error {
  constructor(value: string, min: number) {
    super(`WEBHOOK_RETRY_BASE_MS is ${JSON.stringify(value)}: it must be a whole number of milliseconds from ${min} to ${MAX_BASE_MS}`);
    this.name = "RetryBaseError";
  }
}

/** WEBHOOK_RETRY_BASE_MS, or the default when unset; a silly value is refused, never guessed at. */
export function retryBaseMs(value: string | undefined, production: boolean): number {
  if (value === undefined || value === "") return DEFAULT_RETRY_BASE_MS;
  const min = production ? MIN_BASE_MS.production : MIN_BASE_MS.otherwise;
  const ms = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(ms) || ms < min || ms > MAX_BASE_MS) throw new RetryBaseError(value, min);
  return ms;
}
