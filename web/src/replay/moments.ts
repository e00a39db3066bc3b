/**
 * What the record says besides the text: the markers on the scrubber, the console as it stood
 * (the latest run up to t, its output so far, its end if it had ended) and the chat up to t.
 */
import type { RecordEvent } from "../../../contracts/record";

type Ev<K extends RecordEvent["kind"]> = Extract<RecordEvent, { kind: K }>;

export type MarkerKind = "run" | "pass" | "fail" | "stop" | "chat" | "note" | "paste" | "focus" | "drop";
export interface Marker { kind: MarkerKind; t: number; seq: number; userId?: string }

/** Note-taking comes as a burst of small edits: one marker per burst. */
export const NOTE_BURST_MS = 15_000;
/** Leaving the tab sends both blur and hidden: one marker. */
export const FOCUS_BURST_MS = 1_000;

/** Whether a run's end is a pass: its verdict accepted, or (unjudged) the program exited 0. */
export function runPassed(e: Ev<"run.end">): boolean {
  if (e.status !== "finished") return false;
  if (e.verdict) return e.verdict === "AC";
  const exit = e.exit as { status?: string; exitCode?: number | null } | null;
  return exit?.status === "OK" && (exit.exitCode ?? 0) === 0;
}

function kindOf(e: RecordEvent): MarkerKind | null {
  switch (e.kind) {
    case "run.start": return "run";
    case "run.end": return e.status === "cancelled" || e.status === "interrupted" ? "stop" : runPassed(e) ? "pass" : "fail";
    case "chat": return "chat";
    case "note": return "note";
    case "paste": return "paste";
    case "blur": case "hidden": return "focus";
    case "drop": return "drop";
    default: return null;
  }
}

/** The scrubber's markers, in time order (events given in time order). */
export function markersOf(events: readonly RecordEvent[]): Marker[] {
  const out: Marker[] = [];
  const last = new Map<string, number>(); // kind + author → time of that kind's last event
  for (const e of events) {
    const kind = kindOf(e);
    if (!kind) continue;
    const burst = kind === "note" ? NOTE_BURST_MS : kind === "focus" ? FOCUS_BURST_MS : 0;
    const key = `${kind}:${e.userId ?? ""}`;
    const prev = last.get(key);
    last.set(key, e.t);
    if (burst && prev !== undefined && e.t - prev <= burst) continue;
    out.push({ kind, t: e.t, seq: e.seq, ...(e.userId ? { userId: e.userId } : {}) });
  }
  return out;
}

/** How many of `items` (in time order) happened at or before t. */
export function countUpTo(items: readonly { t: number }[], t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const nextMarker = (markers: readonly Marker[], t: number) => markers[countUpTo(markers, t)] ?? null;
export const prevMarker = (markers: readonly Marker[], t: number) => markers[countUpTo(markers, t - 1) - 1] ?? null;

export interface RunAt {
  start: Ev<"run.start">;
  output: { stream: "stdout" | "stderr"; data: string }[];
  /** Its end, once it had ended by then. */
  end: Ev<"run.end"> | null;
}

/** Runs and chat of a record, asked for at any moment. */
export class Moments {
  readonly #starts: Ev<"run.start">[] = [];
  readonly #output = new Map<string, Ev<"run.output">[]>();
  readonly #ends = new Map<string, Ev<"run.end">>();
  readonly #chat: Ev<"chat">[] = [];

  constructor(events: readonly RecordEvent[]) {
    for (const e of events) {
      if (e.kind === "run.start") this.#starts.push(e);
      else if (e.kind === "run.output") {
        const list = this.#output.get(e.runId);
        if (list) list.push(e);
        else this.#output.set(e.runId, [e]);
      }
      else if (e.kind === "run.end") this.#ends.set(e.runId, e);
      else if (e.kind === "chat") this.#chat.push(e);
    }
  }

  /** The latest run started at or before t, as the console showed it then. */
  runAt(t: number): RunAt | null {
    const start = this.#starts[countUpTo(this.#starts, t) - 1];
    if (!start) return null;
    const output = (this.#output.get(start.runId) ?? []).filter((o) => o.t <= t).map((o) => ({ stream: o.stream, data: o.data }));
    const end = this.#ends.get(start.runId);
    return { start, output, end: end && end.t <= t ? end : null };
  }

  chatAt(t: number): Ev<"chat">[] {
    return this.#chat.slice(0, countUpTo(this.#chat, t));
  }
}
