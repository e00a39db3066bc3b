/**
 * Bounded run queue: at most `concurrency` runs at once (default: one per core — runs are
 * CPU-bound) and at most `maxQueued` waiting; beyond that `tryEnter` says no (HTTP 429).
 * Waiters hear their 1-based position each time it changes.
 */
export interface Ticket {
  /** Resolves when the run may start; rejects if the signal aborts while waiting. */
  ready: Promise<void>;
  /** Frees the slot (idempotent). */
  release(): void;
}

interface Waiter {
  start: () => void;
  onPosition: (position: number) => void;
}

export class RunQueue {
  #running = 0;
  #waiting: Waiter[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueued: number,
  ) {}

  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#waiting.length;
  }

  tryEnter(signal: AbortSignal, onPosition: (position: number) => void): Ticket | null {
    if (this.#running >= this.concurrency && this.#waiting.length >= this.maxQueued) return null;
    let released = false;
    let started = false;
    const release = () => {
      if (released) return;
      released = true;
      if (started) {
        this.#running--;
        this.#next();
      }
    };
    if (this.#running < this.concurrency) {
      this.#running++;
      started = true;
      return { ready: Promise.resolve(), release };
    }
    const ready = new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          started = true;
          signal.removeEventListener("abort", onAbort);
          resolve();
        },
        onPosition,
      };
      const onAbort = () => {
        this.#waiting = this.#waiting.filter((w) => w !== waiter);
        released = true;
        this.#announce();
        reject(signal.reason ?? new Error("aborted"));
      };
      this.#waiting.push(waiter);
      signal.addEventListener("abort", onAbort, { once: true });
      onPosition(this.#waiting.length);
    });
    return { ready, release };
  }

  #next(): void {
    const w = this.#waiting.shift();
    if (!w) return;
    this.#running++;
    w.start();
    this.#announce();
  }

  #announce(): void {
    this.#waiting.forEach((w, i) => w.onPosition(i + 1));
  }
}
