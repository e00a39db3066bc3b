/**
 * A WebSocket that notices when the other end has gone quiet. A connection can die without a close
 * (a laptop lid, a Wi-Fi handover, a proxy that stops forwarding): the browser may not report it
 * for minutes, and y-websocket only gives up after 30 s without a message, while the badge said
 * "Saved". This socket pings every PING_INTERVAL_MS (the room answers "pong" without waking) and,
 * when nothing at all arrived for PONG_DEADLINE_MS, or the handshake hangs, reports itself closed
 * (a close event, code 1006) so the provider shows the truth and reconnects. Pongs are kept from
 * the provider, which only reads the binary protocol. The room uses the same pings to show others
 * that this participant is reconnecting (durable-objects/room/liveness.ts).
 */
import { PING, PING_INTERVAL_MS, PONG, PONG_DEADLINE_MS } from "../../../contracts/wire";

/** How often the clock is looked at: a lost connection shows within PONG_DEADLINE_MS + this. */
const TICK_MS = 250;
/** A handshake that has not completed by then is given up (a proxy or network that swallows it). */
export const CONNECT_TIMEOUT_MS = 10_000;
/** A tick this late means the page was asleep or throttled (a background tab), not the network. */
const ASLEEP_MS = 3 * TICK_MS + 1_000;
/** "Abnormal closure": the code a browser reports when a connection is lost without a close frame. */
const LOST = 1006;

export class LiveSocket extends WebSocket {
  #lastHeard = Date.now();
  #lastPing = 0;
  #lastTick = Date.now();
  #timer: ReturnType<typeof setInterval> | undefined;
  #reported = false;

  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    // Registered before the provider sets onopen/onmessage, so these run first.
    this.addEventListener("open", () => {
      this.#lastHeard = Date.now();
      this.#ping(this.#lastHeard); // before the provider's first frame, so the room knows this socket pings
    });
    this.addEventListener("message", (ev) => {
      this.#lastHeard = Date.now();
      if (ev.data === PONG) ev.stopImmediatePropagation(); // not a y-websocket frame
    });
    this.addEventListener("close", () => clearInterval(this.#timer));
    this.#timer = setInterval(() => this.#tick(), TICK_MS);
  }

  /** Reports the connection lost at once (the browser went offline); the provider reconnects. */
  lost(reason: string): void {
    if (this.#reported) return;
    this.#reported = true;
    clearInterval(this.#timer);
    try {
      this.close();
    } catch {
      // already closing
    }
    // The real close event may take minutes on a dead connection; the provider ignores it when it comes.
    this.dispatchEvent(new CloseEvent("close", { code: LOST, reason, wasClean: false }));
  }

  #tick(): void {
    const now = Date.now();
    const asleep = now - this.#lastTick > ASLEEP_MS;
    this.#lastTick = now;
    if (this.readyState === WebSocket.CONNECTING) {
      if (now - this.#lastHeard > CONNECT_TIMEOUT_MS) this.lost("the connection did not open");
      return;
    }
    if (this.readyState !== WebSocket.OPEN) return clearInterval(this.#timer);
    if (asleep) this.#lastHeard = now; // our timers stopped, not the connection: ask again first
    else if (now - this.#lastHeard > PONG_DEADLINE_MS) return this.lost("no answer from the room");
    if (now - this.#lastPing >= PING_INTERVAL_MS) this.#ping(now);
  }

  #ping(now: number): void {
    this.#lastPing = now;
    try {
      this.send(PING);
    } catch {
      // closing: the close event follows
    }
  }
}
