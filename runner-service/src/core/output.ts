/**
 * Output of one stage on its way to the client: coalesced into one event per stream every
 * ~50 ms (Pitfall 9: a program printing a line per microsecond must not become a million
 * events), decoded as UTF-8 without splitting characters across events, and capped at the
 * streamed byte budget — past it, bytes are counted (`truncated`) but not sent.
 */
import { StringDecoder } from "node:string_decoder";
import type { Emit } from "./events.js";
import type { Stream } from "../sandbox/execute.js";

export const COALESCE_MS = 50;
/** Flush early when this much is pending, so one event stays a reasonable size. */
const FLUSH_BYTES = 16 * 1024;

export class OutputCoalescer {
  #decoders = { stdout: new StringDecoder("utf8"), stderr: new StringDecoder("utf8") };
  #pending: { stream: Stream; data: string }[] = [];
  #pendingBytes = 0;
  #streamed = 0;
  #timer: NodeJS.Timeout | null = null;
  truncated = false;

  constructor(
    private readonly emit: Emit,
    private readonly budget: number,
    private readonly intervalMs = COALESCE_MS,
  ) {}

  push(stream: Stream, chunk: Buffer): void {
    const room = this.budget - this.#streamed;
    if (chunk.length > room) this.truncated = true;
    const kept = chunk.length > room ? chunk.subarray(0, Math.max(0, room)) : chunk;
    if (!kept.length) return;
    this.#streamed += kept.length;
    const data = this.#decoders[stream].write(kept);
    if (!data) return;
    const last = this.#pending.at(-1);
    if (last && last.stream === stream) last.data += data;
    else this.#pending.push({ stream, data });
    this.#pendingBytes += kept.length;
    if (this.#pendingBytes >= FLUSH_BYTES) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const { stream, data } of this.#pending) this.emit({ type: "output", stream, data });
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  /** End of the stage: send what is pending, including a trailing partial character. */
  end(): void {
    for (const stream of ["stdout", "stderr"] as const) {
      const rest = this.#decoders[stream].end();
      if (rest) this.#pending.push({ stream, data: rest });
    }
    this.flush();
  }
}
