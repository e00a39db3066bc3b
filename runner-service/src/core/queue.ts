/**
 * The run queue, fair across tenants. Each request names an opaque tenant (the Worker sends who
 * created the room); with n tenants active (running or waiting), one tenant may hold
 * ⌈slots/n⌉ running and ⌈maxQueued/n⌉ waiting. So one party that floods the runner (twenty
 * rooms at once) fills its own share, and the next tenant is still admitted and starts within
 * one run's time.
 *
 * - Admission: a free slot starts the run at once (free slots and waiters never coexist). Else
 *   the tenant may wait while under its waiting share — even when earlier tenants, admitted
 *   when shares were larger, fill `maxQueued`; the queue never holds more than 2 × maxQueued.
 * - Dispatch, when a slot frees: round-robin over the tenants that wait (deficit round-robin
 *   with one run as the quantum: a run's cost is unknown until it ends), first among those
 *   under their running share; a slot nobody under their share wants goes to the next tenant
 *   anyway, so no core idles while work waits.
 * Waiters hear their projected 1-based position whenever it changes. Pure: no I/O, no timers.
 */
export interface Ticket {
  /** Resolves when the run may start; rejects if the signal aborts while waiting. */
  ready: Promise<void>;
  /** Frees the slot (idempotent). */
  release(): void;
}

export interface Refusal {
  refused: "queue_full" | "tenant_share";
  message: string;
}

interface Waiter {
  start: () => void;
  onPosition: (position: number) => void;
  position: number;
}

interface Tenant {
  running: number;
  waiting: Waiter[];
}

export class RunQueue {
  #running = 0;
  #queued = 0;
  /** Active tenants only: an entry is deleted when it has nothing running and nothing waiting. */
  #tenants = new Map<string, Tenant>();
  /** Tenants with waiters, the one served longest ago first. */
  #turns: string[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueued: number,
  ) {}

  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#queued;
  }

  get tenants(): number {
    return this.#tenants.size;
  }

  tryEnter(tenantId: string, signal: AbortSignal, onPosition: (position: number) => void): Ticket | Refusal {
    const known = this.#tenants.get(tenantId);
    const tenant = known ?? { running: 0, waiting: [] };
    let started = false;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (!started) return;
      tenant.running--;
      this.#running--;
      this.#forgetIfIdle(tenantId, tenant);
      this.#dispatch();
    };
    if (this.#running < this.concurrency) {
      this.#tenants.set(tenantId, tenant);
      tenant.running++;
      this.#running++;
      started = true;
      return { ready: Promise.resolve(), release };
    }
    const active = this.#tenants.size + (known ? 0 : 1);
    const full: Refusal = { refused: "queue_full", message: `the run queue is full (${this.#queued} waiting, ${this.#running} running)` };
    if (tenant.waiting.length >= Math.ceil(this.maxQueued / active)) {
      if (active === 1) return full;
      return { refused: "tenant_share", message: `this tenant has ${tenant.waiting.length} runs waiting, its share of the queue while ${active} tenants use the runner` };
    }
    if (this.#queued >= 2 * this.maxQueued) return full;
    this.#tenants.set(tenantId, tenant);
    const ready = new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        tenant.waiting.splice(tenant.waiting.indexOf(waiter), 1);
        this.#queued--;
        released = true;
        if (tenant.waiting.length === 0) this.#turns = this.#turns.filter((t) => t !== tenantId);
        this.#forgetIfIdle(tenantId, tenant);
        this.#announce();
        reject(signal.reason ?? new Error("aborted"));
      };
      const waiter: Waiter = {
        start: () => {
          started = true;
          signal.removeEventListener("abort", onAbort);
          resolve();
        },
        onPosition,
        position: 0,
      };
      tenant.waiting.push(waiter);
      this.#queued++;
      if (!this.#turns.includes(tenantId)) this.#turns.push(tenantId);
      signal.addEventListener("abort", onAbort, { once: true });
    });
    this.#announce();
    return { ready, release };
  }

  #dispatch(): void {
    while (this.#running < this.concurrency && this.#turns.length > 0) {
      const share = Math.ceil(this.concurrency / this.#tenants.size);
      const id = this.#turns.find((t) => this.#tenants.get(t)!.running < share) ?? this.#turns[0];
      const tenant = this.#tenants.get(id)!;
      const waiter = tenant.waiting.shift()!;
      this.#queued--;
      tenant.running++;
      this.#running++;
      this.#turns = this.#turns.filter((t) => t !== id);
      if (tenant.waiting.length > 0) this.#turns.push(id);
      waiter.start();
    }
    this.#announce();
  }

  /** Projected order: one waiter of each tenant in turn, as dispatch would take them. */
  #announce(): void {
    const queues = this.#turns.map((t) => this.#tenants.get(t)!.waiting);
    let position = 0;
    for (let round = 0; queues.some((q) => q.length > round); round++) {
      for (const q of queues) {
        const w = q[round];
        if (!w) continue;
        position++;
        if (w.position !== position) {
          w.position = position;
          w.onPosition(position);
        }
      }
    }
  }

  #forgetIfIdle(id: string, tenant: Tenant): void {
    if (tenant.running === 0 && tenant.waiting.length === 0) this.#tenants.delete(id);
  }
}
