/**
 * The runner shared between parties, over HTTP as the Worker uses it: one tenant floods the
 * runner (twenty requests, as twenty rooms would) and another tenant's single run is neither
 * refused nor kept waiting behind the flood.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { RunEventSchema, type RunEvent } from "../../contracts/runner.js";
import { createRunnerServer } from "../src/http/server.js";
import { testCore } from "./helpers.js";

const SECRET = "fairness-secret-0123456789";
const core = testCore({ concurrency: 2, maxQueued: 16 }); // the shape of the incident: 2 running, 16 waiting
const server = createRunnerServer(core, SECRET);
let base = "";

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

const RUN_SECONDS = 1.5;
const post = (tenant: string, content: string, signal?: AbortSignal) =>
  fetch(`${base}/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
    body: JSON.stringify({ language: "python", files: [{ name: "main.py", content }], tenant }),
    signal,
  });

/** The stream's events with the time each arrived. */
async function collect(res: Response): Promise<{ e: RunEvent; at: number }[]> {
  const events: { e: RunEvent; at: number }[] = [];
  const text = new TextDecoder();
  let buf = "";
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buf += text.decode(chunk, { stream: true });
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      events.push({ e: RunEventSchema.parse(JSON.parse(buf.slice(0, i))), at: performance.now() });
      buf = buf.slice(i + 1);
    }
  }
  return events;
}

it("tenant A floods with 20 requests; tenant B's run is admitted and starts within one of A's runs", async () => {
  const flood = new AbortController();
  const responses = await Promise.all(Array.from({ length: 20 }, () => post("A", `import time\ntime.sleep(${RUN_SECONDS})\n`, flood.signal)));
  try {
    // A gets what a lone tenant gets: 2 running, 16 waiting, the rest refused.
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(18).fill(200), 429, 429]);
    await vi.waitFor(() => expect([core.queue.running, core.queue.queued]).toEqual([2, 16]));

    const sent = performance.now();
    const b = await post("B", `print("hello from B")\n`);
    expect(b.status).toBe(200);
    const events = (await collect(b)).filter(({ e }) => e.type !== "heartbeat"); // B waits long enough for some
    const types = events.map(({ e }) => e.type);
    expect(events[0].e).toMatchObject({ type: "queued", position: 2 }); // behind A's next run only, not behind 16
    expect(types.slice(1, 2)).toEqual(["started"]);
    expect(events.find(({ e }) => e.type === "output")?.e).toMatchObject({ data: "hello from B\n" });
    expect(events.at(-1)!.e).toMatchObject({ type: "exit", status: "OK" });
    // One of A's runs had to end first (B's position was 2); B did not wait for a second wave
    // (first-come-first-served would have made it wait for eight). Slack for a loaded host.
    expect(events[1].at - sent).toBeLessThan(2 * RUN_SECONDS * 1000);
  } finally {
    flood.abort();
    await Promise.all(responses.map((r) => r.body?.cancel().catch(() => {})));
  }
  await vi.waitFor(() => expect([core.queue.running, core.queue.queued, core.queue.tenants]).toEqual([0, 0, 0]), { timeout: 5000 });
});
