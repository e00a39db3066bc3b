/**
 * The Room's side of the runner contract (contracts/runner.ts): post a run to one runner, then
 * read its NDJSON events one validated line at a time — and notice when the runner is gone.
 */
import type { ErrorCode } from "../../../contracts/errors";
import { parseRunnerLoad, RUNNER_HEADERS, RUNNER_PATHS, RunEventSchema, SILENCE_MS, type RunEvent, type RunRequest } from "../../../contracts/runner";

export type RunnerStart =
  /** `runner`: which runner took it (a pool runner's URL), for the run's log lines. */
  | { ok: true; body: ReadableStream<Uint8Array>; runner?: string }
  | { ok: false; code: ErrorCode; message: string; retryAfter?: number };

/** One runner as the Room reaches it. */
export interface RunnerEndpoint {
  url: string;
  secret: string;
}

/**
 * One runner's answer to one POST: what it means for the run, the load the runner reported
 * (null: it did not say), and whether another runner may be asked instead — it was busy
 * (429, or 503 while draining) or could not be reached; a 400 or 413 would be the same anywhere.
 */
export interface RunnerAttempt {
  start: RunnerStart;
  load: number | null;
  refused: "busy" | "unreachable" | null;
}

/** A healthy runner answers (headers first, the run streams after) at once; one that has not within this long is hung. */
export const ANSWER_TIMEOUT_MS = SILENCE_MS;

/** Posts the run to one runner; never throws. */
export async function postRunTo(runner: RunnerEndpoint, request: RunRequest, run: { runId: string; requestId?: string; signal: AbortSignal }): Promise<RunnerAttempt> {
  // The answer has a deadline, the stream after it none (a run may take minutes): its own controller.
  const answer = new AbortController();
  const follow = () => answer.abort(run.signal.reason);
  if (run.signal.aborted) follow();
  else run.signal.addEventListener("abort", follow, { once: true });
  const deadline = setTimeout(() => answer.abort(new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`)), ANSWER_TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(new URL(RUNNER_PATHS.runs, runner.url), {
      method: "POST",
      headers: { Authorization: `Bearer ${runner.secret}`, "Content-Type": "application/json", [RUNNER_HEADERS.runId]: run.runId, ...(run.requestId ? { [RUNNER_HEADERS.requestId]: run.requestId } : {}) },
      body: JSON.stringify(request),
      signal: answer.signal,
    });
  } catch (e) {
    run.signal.removeEventListener("abort", follow);
    const why = answer.signal.aborted && !run.signal.aborted ? String(answer.signal.reason?.message ?? answer.signal.reason) : (e as Error).message;
    const start: RunnerStart = { ok: false, code: "runner_unavailable", message: `the runner is unreachable (${why})` };
    return { start, load: null, refused: run.signal.aborted ? null : "unreachable" };
  } finally {
    clearTimeout(deadline);
  }
  const load = parseRunnerLoad(res.headers.get(RUNNER_HEADERS.load));
  const start = await runnerAnswer(res, runner.url);
  const refused = res.status === 429 || res.status === 503 ? "busy" : res.status === 502 || res.status === 504 ? "unreachable" : null;
  return { start, load, refused };
}

/** The runner's answer to POST /v1/runs, whoever carried it (a fetch, a container's stub): the stream, or an error value. */
export async function runnerAnswer(res: Response, runner?: string): Promise<RunnerStart> {
  if (res.ok && res.body) return { ok: true, body: res.body, ...(runner ? { runner } : {}) };
  const detail = await res.text().catch(() => "");
  let message = detail.slice(0, 300);
  try {
    message = (JSON.parse(detail) as { error: { message: string } }).error.message;
  } catch {
    // not our JSON error: keep the text
  }
  if (res.status === 429) return { ok: false, code: "rate_limited", message: `the runner is busy: ${message}`, retryAfter: Number(res.headers.get("Retry-After")) || 5 };
  if (res.status === 413) return { ok: false, code: "payload_too_large", message };
  if (res.status === 400) return { ok: false, code: "bad_request", message };
  const retryAfter = Number(res.headers.get("Retry-After")) || undefined;
  return { ok: false, code: "runner_unavailable", message: `the runner answered ${res.status}: ${message}`, ...(retryAfter ? { retryAfter } : {}) };
}

/**
 * The run's end came through the stream itself, or its runner went away: killed (the stream was
 * cut, or closed before the run's last event) or hung (silent for SILENCE_MS — a live runner
 * sends a heartbeat every HEARTBEAT_MS). The message is the participant's to read.
 */
export class RunnerLostError extends Error {
  override name = "RunnerLostError";
}

/** The event after which a runner has nothing more to say about the run: an error, or an exit that is not a successful compile. */
function endsRun(ev: RunEvent): boolean {
  return ev.type === "error" || (ev.type === "exit" && !(ev.stage === "compile" && ev.status === "OK"));
}

/**
 * Parses the stream line by line; a malformed line is an error, never silently skipped.
 * Heartbeats are the stream's own business: they reset the silence clock and are not yielded.
 * A reader that stops early (`break`) cancels the stream, which stops the run on the runner.
 */
export async function* readEvents(body: ReadableStream<Uint8Array>, silenceMs = SILENCE_MS): AsyncGenerator<RunEvent> {
  const reader = body.getReader();
  reader.closed.catch(() => {}); // a cut stream rejects it too; the read in progress reports the cut
  const decoder = new TextDecoder();
  let buffered = "";
  let ended = false;
  let done = false;
  const parse = (line: string): RunEvent | null => {
    if (line.trim() === "") return null;
    const ev = RunEventSchema.parse(JSON.parse(line));
    if (ev.type === "heartbeat") return null;
    ended ||= endsRun(ev);
    return ev;
  };
  try {
    while (!done) {
      const chunk = await readWithin(reader, silenceMs);
      done = chunk.done;
      buffered += chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0 || (done && buffered !== "")) {
        const line = nl >= 0 ? buffered.slice(0, nl) : buffered;
        buffered = nl >= 0 ? buffered.slice(nl + 1) : "";
        const ev = parse(line);
        if (ev) yield ev;
      }
    }
    if (!ended) throw new RunnerLostError("the runner went away mid-run: its stream closed before the run finished; run it again");
  } finally {
    if (!done) reader.cancel().catch(() => {});
  }
}

/** One read, or RunnerLostError when the runner has said nothing for `ms` or the connection broke. */
async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RunnerLostError(`the runner stopped responding: nothing on its stream for ${ms / 1000} s; run it again`)), ms);
  });
  try {
    return await Promise.race([reader.read(), silence]);
  } catch (e) {
    if (e instanceof RunnerLostError || (e as Error).name === "AbortError") throw e; // silent, or cancelled by the Room itself
    throw new RunnerLostError(`the runner went away mid-run (its stream was cut: ${(e as Error).message}); run it again`);
  } finally {
    clearTimeout(timer);
  }
}
