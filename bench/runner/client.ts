/** A minimal NDJSON client for the runner's HTTP API, timing the first output byte. */
import type { RunEvent, RunRequest } from "../../contracts/runner.js";

export interface Timed {
  events: RunEvent[];
  totalMs: number;
  firstOutputMs: number | null;
}

export async function postRun(base: string, secret: string, req: RunRequest): Promise<Timed> {
  const t0 = performance.now();
  const res = await fetch(`${base}/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify(req),
  });
  if (res.status !== 200) throw new Error(`runner answered ${res.status}: ${await res.text()}`);
  const events: RunEvent[] = [];
  let firstOutputMs: number | null = null;
  const decoder = new TextDecoder();
  let buf = "";
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buf += decoder.decode(chunk, { stream: true });
    let i: number;
    while ((i = buf.indexOf("\n")) >= 0) {
      const e = JSON.parse(buf.slice(0, i)) as RunEvent;
      buf = buf.slice(i + 1);
      if (e.type === "output" && firstOutputMs === null) firstOutputMs = performance.now() - t0;
      events.push(e);
    }
  }
  return { events, totalMs: performance.now() - t0, firstOutputMs };
}

export function expectOk(t: Timed, what: string): void {
  const exit = t.events.at(-1);
  if (exit?.type !== "exit" || exit.status !== "OK") throw new Error(`${what}: ${JSON.stringify(t.events.slice(-3))}`);
}
