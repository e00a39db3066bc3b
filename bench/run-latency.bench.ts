/**
 * Runs in the room, end to end: time from `POST /api/rooms/:id/runs` to the first output byte
 * seen by a *second* participant (through the state doc), for a Python hello world, warm; and,
 * in the same run, the runner alone (POST /v1/runs to its first output event) so the share the
 * runner takes is shown separately. Writes `## Runs in the room` into bench/RESULTS.md.
 *
 * Run: `npm run bench:run` (starts its own runner and wrangler dev on free ports).
 */
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { median, percentile, writeSection } from "./runner/stats";
// @ts-expect-error: plain ESM helper shared with the start script
import { startProduct } from "../scripts/lib/product.mjs";
import { pathTo, ROUTES, roomSocketBase } from "../contracts/routes";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WARMUP = 3;
const N = 30;
const PROGRAM = 'print("hello")\n';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(1);
  }
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

async function main() {
  const product = await startProduct(ROOT, { vars: { RATE_RUNS_PER_USER_PER_MINUTE: "10000", RATE_RUNS_PER_ROOM_PER_MINUTE: "10000" } });
  const providers: WebsocketProvider[] = [];
  try {
    const base = product.baseUrl as string;
    const room = await json<{ roomId: string; links: Record<string, string> }>(
      await fetch(`${base}${pathTo(ROUTES.createRoom)}`, { method: "POST", body: JSON.stringify({ title: "bench", language: "python" }) }),
    );
    const cam = await json<{ token: string }>(
      await fetch(`${base}${pathTo(ROUTES.join, { roomId: room.roomId })}`, {
        method: "POST", headers: { Authorization: `Bearer ${new URL(room.links.candidate).hash.slice(7)}` }, body: JSON.stringify({ name: "Cam" }),
      }),
    );
    const ivy = await json<{ token: string }>(
      await fetch(`${base}${pathTo(ROUTES.join, { roomId: room.roomId })}`, {
        method: "POST", headers: { Authorization: `Bearer ${new URL(room.links.interviewer).hash.slice(7)}` }, body: JSON.stringify({ name: "Ivy" }),
      }),
    );
    const wsBase = `${base.replace(/^http/, "ws")}${roomSocketBase(room.roomId)}`;
    const provider = (docName: string, doc: Y.Doc, token: string) => {
      const p = new WebsocketProvider(wsBase, docName, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, params: { token }, disableBc: true,
      });
      providers.push(p);
      return p;
    };
    const code = new Y.Doc();
    const state = new Y.Doc();
    const pc = provider("code", code, cam.token);
    const ps = provider("state", state, ivy.token);
    await until(() => pc.synced && ps.synced, "synced");
    const text = code.getText("code:python");
    code.transact(() => {
      text.delete(0, text.length);
      text.insert(0, PROGRAM);
    });
    await sleep(200);

    const runs = state.getMap<Y.Map<unknown>>("runs");
    const firstOutput = (id: string) => ((runs.get(id)?.get("output") as Y.Array<unknown> | undefined)?.length ?? 0) > 0;
    const done = (id: string) => ["finished", "failed", "cancelled", "interrupted"].includes(runs.get(id)?.get("status") as string);

    const room_ms: number[] = [];
    const total_ms: number[] = [];
    for (let i = 0; i < WARMUP + N; i++) {
      const t0 = performance.now();
      const { runId } = await json<{ runId: string }>(
        await fetch(`${base}${pathTo(ROUTES.startRun, { roomId: room.roomId })}`, {
          method: "POST", headers: { Authorization: `Bearer ${cam.token}` }, body: JSON.stringify({ language: "python" }),
        }),
      );
      await until(() => firstOutput(runId), "first output at the second client");
      const t1 = performance.now();
      await until(() => done(runId), "run done");
      const t2 = performance.now();
      if (i >= WARMUP) {
        room_ms.push(t1 - t0);
        total_ms.push(t2 - t0);
      }
    }

    // The runner alone, same program, same machine, same run.
    const runner_ms: number[] = [];
    for (let i = 0; i < WARMUP + N; i++) {
      const t0 = performance.now();
      const res = await fetch(`${product.runnerUrl}/v1/runs`, {
        method: "POST",
        headers: { Authorization: `Bearer ${product.runnerSecret}`, "Content-Type": "application/json" },
        body: JSON.stringify({ language: "python", files: [{ name: "main.py", content: PROGRAM }] }),
      });
      const reader = res.body!.getReader();
      let buf = "";
      let t1 = 0;
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        buf += new TextDecoder().decode(value);
        if (!t1 && buf.includes('"type":"output"')) t1 = performance.now();
      }
      if (i >= WARMUP) runner_ms.push(t1 - t0);
    }

    const row = (name: string, xs: number[]) => `| ${name} | ${median(xs).toFixed(1)} | ${percentile(xs, 90).toFixed(1)} | ${percentile(xs, 99).toFixed(1)} |`;
    const share = median(runner_ms) / median(room_ms);
    const body = [
      `Command: \`npm run bench:run\` — ${new Date().toISOString().slice(0, 10)}, this 2-core machine, runner + wrangler dev + clients all local.`,
      "",
      `Python \`print("hello")\`, ${N} warm runs after ${WARMUP} warm-up. "Room" = POST /api/rooms/:id/runs → first output byte in a *second* participant's state doc (WebSocket). "Runner alone" = POST /v1/runs → first \`output\` event, same program, same run.`,
      "",
      "| path | p50 ms | p90 ms | p99 ms |",
      "| --- | ---: | ---: | ---: |",
      row("Room: POST → first byte at 2nd client", room_ms),
      row("Runner alone: POST → first output event", runner_ms),
      row("Room: POST → final status at 2nd client", total_ms),
      "",
      `Runner share of the room's p50: ${(share * 100).toFixed(0)}% (${median(runner_ms).toFixed(1)} of ${median(room_ms).toFixed(1)} ms); the rest (${(median(room_ms) - median(runner_ms)).toFixed(1)} ms) is Worker + Durable Object + state-doc fan-out. Goal: < 300 ms warm.`,
    ].join("\n");
    console.log(body);
    writeSection(fileURLToPath(new URL("./RESULTS.md", import.meta.url)), "## Runs in the room", body);
  } finally {
    for (const p of providers) p.destroy();
    await product.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
