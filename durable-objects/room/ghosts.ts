/**
 * Carets of people whose connection was lost (an unclean close, or pings that stopped past the
 * grace period's start): their sockets are gone, but the others keep seeing them, marked
 * reconnecting, until RECONNECT_GRACE_MS has passed since they went quiet or they come back on a
 * new socket. In memory only: should the room be evicted meanwhile, every y-protocols peer drops
 * a state nobody renewed for 30 s on its own (outdatedTimeout), which is the same grace.
 */
import type { DocName, Role } from "../../contracts/wire";
import type { AwarenessEntry } from "./frames";

export interface Ghost {
  doc: DocName;
  clientId: number;
  /** The clock peers hold for it (the reconnecting mark's). */
  clock: number;
  state: string;
  userId: string;
  role: Role;
  /** When it is removed from everyone's view. */
  until: number;
}

export class Ghosts {
  readonly #ghosts = new Map<string, Ghost>();

  get size(): number {
    return this.#ghosts.size;
  }

  add(ghost: Ghost): void {
    this.#ghosts.set(key(ghost.doc, ghost.clientId), ghost);
  }

  get(doc: DocName, clientId: number): Ghost | undefined {
    return this.#ghosts.get(key(doc, clientId));
  }

  /** Back on a new socket (or removed): no longer a ghost. */
  delete(doc: DocName, clientId: number): void {
    this.#ghosts.delete(key(doc, clientId));
  }

  /** The ghosts of `doc`, as awareness entries, of those `include` accepts. */
  of(doc: DocName, include: (g: Ghost) => boolean): AwarenessEntry[] {
    return [...this.#ghosts.values()].filter((g) => g.doc === doc && include(g)).map(({ clientId, clock, state }) => ({ clientId, clock, state }));
  }

  /** Takes out the ghosts whose time is up (`now`), returning them. */
  expire(now: number): Ghost[] {
    const due = [...this.#ghosts.values()].filter((g) => g.until <= now);
    for (const g of due) this.#ghosts.delete(key(g.doc, g.clientId));
    return due;
  }
}

const key = (doc: DocName, clientId: number) => `${doc}:${clientId}`;
