/**
 * A writer's share of the Room's default per-socket message limit (durable-objects/room/limits.ts:
 * a burst, then a sustained rate per second), kept on the client's side with a margin, so a bench
 * writes as fast as one socket may without being closed with RATE_LIMITED. The defaults are read
 * from the product, so the bench follows them if they change.
 */
import { LIMIT_VARS } from "../../durable-objects/room/limits";

/** Below the limits: frames leave the client spaced out but may reach the Room bunched together. */
const MARGIN = 0.9;

export const ROOM_MESSAGE_BURST = LIMIT_VARS.messageBurst[1];
export const ROOM_MESSAGES_PER_SECOND = LIMIT_VARS.messagesPerSecond[1];
export const ROOM_SYNC_REQUESTS_PER_MINUTE = LIMIT_VARS.syncRequestsPerMinute[1];

export class SocketBudget {
  readonly burst = Math.floor(ROOM_MESSAGE_BURST * MARGIN);
  readonly perSecond = ROOM_MESSAGES_PER_SECOND * MARGIN;
  #tokens = this.burst;
  #at = -1;

  /** Takes one message; returns how many ms to wait before sending it (0: send now). */
  take(now: number): number {
    if (this.#at < 0) this.#at = now;
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#at) * this.perSecond) / 1000);
    this.#at = now;
    this.#tokens -= 1;
    return this.#tokens >= 0 ? 0 : (-this.#tokens / this.perSecond) * 1000;
  }
}
