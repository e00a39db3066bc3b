/**
 * The problems tests' client for the real runner: post a request, stream its NDJSON events into
 * a judge consumer, abort the request once the consumer has seen enough (as the Room does).
 */
import type { ProblemLanguageId } from "../../contracts/problems";
import type { JudgeResult } from "../../contracts/problems";
import { RUNNER_PATHS, RunEventSchema, type RunEvent, type RunRequest } from "../../contracts/runner";
import { buildRunRequest, SignedJudgement, type JudgeCase, type JudgeMode, type JudgeProblem } from "../../judge/index";

export interface RunnerTarget {
  url: string;
  secret: string;
}

export interface Consumer {
  push(event: RunEvent): boolean;
}

/** Streams `request`'s events into `consumer`; returns every event seen and whether it stopped early. */
export async function stream(target: RunnerTarget, request: RunRequest, consumer: Consumer): Promise<{ events: RunEvent[]; aborted: boolean }> {
  const abort = new AbortController();
  const res = await fetch(new URL(RUNNER_PATHS.runs, target.url), {
    method: "POST",
    headers: { Authorization: `Bearer ${target.secret}`, "Content-Type": "application/json" },
    body: JSON.stringify(request),
    signal: abort.signal,
  });
  if (!res.ok || !res.body) throw new Error(`runner answered ${res.status}: ${await res.text()}`);
  const events: RunEvent[] = [];
  const decoder = new TextDecoder();
  let buffered = "";
  let stopped = false;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.trim()) continue;
        const event = RunEventSchema.parse(JSON.parse(line));
        events.push(event);
        if (!consumer.push(event)) {
          stopped = true;
          abort.abort(); // the runner kills the rest of the run when the request goes away
          return { events, aborted: true };
        }
      }
    }
  } catch (e) {
    if (!abort.signal.aborted) throw e;
  }
  return { events, aborted: stopped };
}

/** Judges `code` on `cases` on the real runner. */
export async function judge(
  target: RunnerTarget, problem: JudgeProblem, language: ProblemLanguageId, code: string, cases: readonly JudgeCase[], mode: JudgeMode,
): Promise<JudgeResult & { events: RunEvent[]; aborted: boolean }> {
  const judgement = new SignedJudgement(problem, cases, mode, { language, code });
  const { events, aborted } = await stream(target, buildRunRequest(problem, language, code, cases), judgement);
  return { ...judgement.result(), events, aborted };
}
