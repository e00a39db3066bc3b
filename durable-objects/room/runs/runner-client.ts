/**
 * The Room's side of the runner contract (contracts/runner.ts): start a run, then read its
 * NDJSON events one validated line at a time.
 */
import type { ErrorCode } from "../../../contracts/errors";
import { RUNNER_PATHS, RunEventSchema, type RunEvent, type RunRequest } from "../../../contracts/runner";

export type RunnerStart =
  | { ok: true; body: ReadableStream<Uint8Array> }
  | { ok: false; code: ErrorCode; message: string; retryAfter?: number };

/** Posts the run; any answer other than a streaming 200 is an error value with the status to pass on. */
export async function postRun(env: Env, request: RunRequest, signal: AbortSignal): Promise<RunnerStart> {
  if (!env.RUNNER_URL || !env.RUNNER_SECRET) return { ok: false, code: "runner_unavailable", message: "the runner is not configured" };
  let res: Response;
  try {
    res = await fetch(new URL(RUNNER_PATHS.runs, env.RUNNER_URL), {
      method: "POST",
      headers: { Authorization: `Bearer ${env.RUNNER_SECRET}`, "Content-Type": "application/json" },
      body: JSON.stringify(request),
      signal,
    });
  } catch (e) {
    return { ok: false, code: "runner_unavailable", message: `the runner is unreachable (${(e as Error).message})` };
  }
  return runnerAnswer(res);
}

/** The runner's answer to POST /v1/runs, whoever carried it (a fetch, a container's stub): the stream, or an error value. */
export async function runnerAnswer(res: Response): Promise<RunnerStart> {
  if (res.ok && res.body) return { ok: true, body: res.body };
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
  return { ok: false, code: "runner_unavailable", message: `the runner answered ${res.status}: ${message}` };
}

/** Parses the stream line by line; a malformed line is an error, never silently skipped. */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<RunEvent> {
  const decoder = new TextDecoder();
  let buffered = "";
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (line.trim() === "") continue;
      yield RunEventSchema.parse(JSON.parse(line));
    }
  }
  if (buffered.trim() !== "") yield RunEventSchema.parse(JSON.parse(buffered));
}
