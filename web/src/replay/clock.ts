/**
 * The play clock: a position in the interview (ms since its start) that moves at `speed` times
 * real time while playing. Read from the frame time requestAnimationFrame gives, never counted
 * in ticks, so a slow frame or a background tab cannot make it drift.
 */
export const SPEEDS = [1, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number];

export class PlayClock {
  #from = 0;
  #since = 0;
  #speed: Speed = 1;
  #playing = false;

  constructor(readonly length: number) {}

  get playing(): boolean {
    return this.#playing;
  }
  get speed(): Speed {
    return this.#speed;
  }

  /** The position at wall time `now`, within [0, length]. */
  position(now: number): number {
    const p = this.#playing ? this.#from + (now - this.#since) * this.#speed : this.#from;
    return Math.max(0, Math.min(this.length, p));
  }

  /** Whether it played to the end (it then stops by itself). */
  ended(now: number): boolean {
    return this.position(now) >= this.length;
  }

  /** Plays from `at` (from the start again when at the end). */
  play(now: number, at = this.position(now)): void {
    this.#from = at >= this.length ? 0 : at;
    this.#since = now;
    this.#playing = true;
  }

  pause(now: number): void {
    this.#from = this.position(now);
    this.#playing = false;
  }

  seek(now: number, at: number): void {
    this.#from = Math.max(0, Math.min(this.length, at));
    this.#since = now;
  }

  setSpeed(now: number, speed: Speed): void {
    this.#from = this.position(now);
    this.#since = now;
    this.#speed = speed;
  }
}
