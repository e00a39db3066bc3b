/**
 * A WebSocket that notices when the other end has gone quiet. A connection can die without a close
 * (a laptop lid, a Wi-Fi handover, a proxy that stops forwarding): the browser may not report it
 * for minutes, and y-websocket only gives up after 30 s without a message, while the badge said
 * "Saved". This socket pings every PING_INTERVAL_MS (the room answers "pong" without waking) and,
 * when nothing at all arrived for PONG_DEADLINE_MS, or the handshake hangs, reports itself closed
 * (a close event, code 1006) so the provider shows the truth and reconnects. Pongs are kept from
 * the provider, which only reads the binary protocol. The room uses the same pings to show others
 * that this participant is reconnecting (durable-objects/room/liveness.ts).
 *
 * Each ping is scheduled from the pong before it, never by a repeating timer: Chrome holds a hidden
 * tab's chained timers (nesting level 5 and up) to one wake-up a minute, which would have the room
 * take a background tab for a lost one; a timer set from a message event is not chained.
 */
import { PING, PING_INTERVAL_MS, PONG, PONG_DEADLINE_MS } from "../../../contracts/wire";

/** A handshake that has not completed by then is given up (a proxy or network that swallows it). */
export const CONNECT_TIMEOUT_MS = 10_000;
/** "Abnormal closure": the code a browser reports when a connection is lost without a close frame. */
const LOST = 1006;

export class LiveSocket extends WebSocket {
  #lastHeard = Date.now();
  #pingTimer: ReturnType<typeof setTimeout> | undefined;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #reported = false;

  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    // Registered before the provider sets onopen/onmessage, so these run first.
    this.addEventListener("open", () => {
      this.#lastHeard = Date.now();
      this.#ping(); // before the provider's first frame, so the room knows this socket pings
      clearTimeout(this.#checkTimer);
      this.#checkTimer = setTimeout(() => this.#check(), PONG_DEADLINE_MS);
    });
    this.addEventListener("message", (ev) => {
      this.#lastHeard = Date.now();
      if (ev.data !== PONG) return;
      ev.stopImmediatePropagation(); // not a y-websocket frame
      clearTimeout(this.#pingTimer);
      this.#pingTimer = setTimeout(() => this.#ping(), PING_INTERVAL_MS);
    });
    this.addEventListener("close", () => this.#stop());
    this.#checkTimer = setTimeout(() => this.#check(), CONNECT_TIMEOUT_MS);
  }

  /** Reports the connection lost at once (also when the browser says it is offline); the provider reconnects. */
  lost(reason: string): void {
    if (this.#reported) return;
    this.#reported = true;
    this.#stop();
    try {
      this.close();
    } catch {
      // already closing
    }
    // The real close event may take minutes on a dead connection; the provider ignores it when it comes.
    this.dispatchEvent(new CloseEvent("close", { code: LOST, reason, wasClean: false }));
  }

  #ping(): void {
    if (this.readyState !== WebSocket.OPEN) return;
    try {
      this.send(PING);
    } catch {
      // closing: the close event follows
    }
  }

  /**
   * Nothing heard for PONG_DEADLINE_MS (or no handshake by CONNECT_TIMEOUT_MS): lost. Otherwise
   * looks again when that much will have passed since the last message: a loss shows within
   * PONG_DEADLINE_MS of it. (In a hidden tab these checks may come late; the pings do not.)
   */
  #check(): void {
    if (this.readyState === WebSocket.CONNECTING) return this.lost("the connection did not open");
    if (this.readyState !== WebSocket.OPEN) return;
    const quiet = Date.now() - this.#lastHeard;
    if (quiet >= PONG_DEADLINE_MS) return this.lost("no answer from the room");
    this.#checkTimer = setTimeout(() => this.#check(), PONG_DEADLINE_MS - quiet);
  }

  #stop(): void {
    clearTimeout(this.#pingTimer);
    clearTimeout(this.#checkTimer);
  }
}
