/**
 * Per-socket rates: token buckets held in memory beside each socket (a wake starts them full).
 * Checked before a frame is even decoded, so a flooding socket costs the room a few arithmetic
 * operations per frame until it is closed, and the others keep being served.
 */
import type { RoomLimits } from "./limits";

/** `capacity` tokens, refilled at `perSecond`; a take of more than is there takes nothing. */
export class TokenBucket {
  #tokens: number;
  #at: number;

  constructor(readonly capacity: number, readonly perSecond: number, now: number) {
    this.#tokens = capacity;
    this.#at = now;
  }

  take(n: number, now: number): boolean {
    this.#tokens = Math.min(this.capacity, this.#tokens + (Math.max(0, now - this.#at) * this.perSecond) / 1000);
    this.#at = now;
    if (this.#tokens < n) return false;
    this.#tokens -= n;
    return true;
  }
}

interface Buckets {
  messages: TokenBucket;
  bytes: TokenBucket;
  syncRequests: TokenBucket;
}

export class SocketRates {
  readonly #limits: RoomLimits;
  readonly #buckets = new WeakMap<WebSocket, Buckets>();

  constructor(limits: RoomLimits) {
    this.#limits = limits;
  }

  /** Null when the socket may send this frame; otherwise why not (the close reason). */
  admit(ws: WebSocket, bytes: number, now = Date.now()): string | null {
    const b = this.#of(ws, now);
    const l = this.#limits;
    if (!b.messages.take(1, now)) return `rate limited: over ${l.messagesPerSecond} messages/s (bursts of ${l.messageBurst})`;
    if (!b.bytes.take(bytes, now)) return `rate limited: over ${l.bytesPerSecond} bytes/s (bursts of ${l.bytesBurst})`;
    return null;
  }

  /** False when the socket has used up its sync step-1 requests for now. */
  syncRequest(ws: WebSocket, now = Date.now()): boolean {
    return this.#of(ws, now).syncRequests.take(1, now);
  }

  #of(ws: WebSocket, now: number): Buckets {
    let b = this.#buckets.get(ws);
    if (!b) {
      const l = this.#limits;
      b = {
        messages: new TokenBucket(l.messageBurst, l.messagesPerSecond, now),
        bytes: new TokenBucket(l.bytesBurst, l.bytesPerSecond, now),
        syncRequests: new TokenBucket(l.syncRequestsPerMinute, l.syncRequestsPerMinute / 60, now),
      };
      this.#buckets.set(ws, b);
    }
    return b;
  }
}
