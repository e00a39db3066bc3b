/**
 * The interview record at the size: a room with 20,000 code updates in two languages,
 * 50 runs and 100 chat lines, ended; then, against the whole product under `wrangler dev` (runner
 * included), the record's first page (cold: the Room restarted first, and warm), seeks of the code
 * at random moments (cold and warm), walking the whole record with deltas, and the export. The
 * baseline, in the same run and the same room: the cheapest authenticated room read
 * (`GET …/record?limit=1`, warm), so each figure also reads as a ratio over the floor the Worker,
 * the Room's RPC and `wrangler dev` put under any request.
 *
 * Goals (issue 14): first page < 300 ms, any seek < 50 ms server-side, export < 2 s.
 *
 * Run: `npm run bench:record` (commits HEAD to a snapshot first, as the other benches do).
 */
import { performance } from "node:perf_hooks";
import { pathTo, ROUTES } from "../contracts/routes";
import { BenchClient } from "./collab/client";
import { ROOT, snapshotHead } from "./collab/servers";
import { ms, percentile, table } from "./collab/stats";
import { writeSection } from "./runner/stats";
import { seededRandom } from "../problems/lib/random";
import { join } from "node:path";
// @ts-expect-error: plain ESM helper shared with the start script
import { startProduct } from "../scripts/lib/product.mjs";
// @ts-expect-error: plain ESM helper shared with dev:token and the node tests
import { createRoom, joinAs } from "../scripts/lib/room-api.mjs";

const UPDATES = 20_000;
const RUNS = 50;
const CHATS = 100;
const SEEKS = 100;
const COLD = 5;

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

async function main(): Promise<void> {
  const snap = snapshotHead();
  const product = await startProduct(snap.root, {
    // The interview is typed as fast as the socket takes it (minutes, not an hour): the per-socket rates step aside.
    vars: {
      RATE_RUNS_PER_USER_PER_MINUTE: "10000", RATE_RUNS_PER_ROOM_PER_MINUTE: "10000", RATE_ROOM_CREATES_PER_MINUTE: "10000", RATE_SOCKET_CONNECTS_PER_MINUTE: "100000",
      ROOM_MESSAGES_PER_SECOND: "1000000", ROOM_MESSAGE_BURST: "1000000", ROOM_SYNC_REQUESTS_PER_MINUTE: "100000",
    },
  });
  try {
    const base: string = product.baseUrl;
    log(`product up at ${base} (commit ${snap.commit.slice(0, 10)})`);
    const room = (await createRoom(base, { title: "record bench", language: "python" })) as { roomId: string; links: Record<string, string> };
    const { roomId } = room;
    const ivy = (await joinAs(base, room, "interviewer", "Ivy")) as { token: string };
    const cam = (await joinAs(base, room, "candidate", "Cam")) as { token: string };
    const api = (token: string) => async (path: string, init: { method?: string; body?: unknown } = {}) => {
      const res = await fetch(`${base}${path}`, {
        method: init.method ?? "GET",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
      return res;
    };
    const asCam = api(cam.token);
    const asIvy = api(ivy.token);

    // ── the interview: typing in two languages, runs between, chat ────────────────────────────
    const writer = new BenchClient(`${base.replace(/^http/, "ws")}${pathTo(ROUTES.roomSocket, { roomId, doc: "code" })}?token=${cam.token}`);
    await writer.connect();
    const texts = [writer.doc.getText("code:python"), writer.doc.getText("code:javascript")];
    texts[0].insert(0, "print('hello')\n");
    const random = seededRandom("record").next;
    const t0 = performance.now();
    for (let i = 0; i < UPDATES; i++) {
      const text = texts[i % 10 < 8 ? 0 : 1];
      const len = text.length;
      // Typing after the first line, so the program keeps its print and runs say something.
      if (len > 40 && random() < 0.2) text.delete(15 + Math.floor(random() * (len - 15)), 1);
      else text.insert(len <= 15 ? len : 15 + Math.floor(random() * (len - 14)), "# ab\n".slice(0, 1 + Math.floor(random() * 4)));
      if ((i + 1) % 500 === 0) await writer.roundTrip();
      if ((i + 1) % Math.floor(UPDATES / RUNS) === 0) await runOnce(asCam, roomId);
      if ((i + 1) % Math.floor(UPDATES / CHATS) === 0) await asCam(pathTo(ROUTES.chat, { roomId }), { method: "POST", body: { text: `line ${i}` } });
    }
    await writer.roundTrip();
    await writer.close();
    log(`interview written: ${UPDATES} updates, ${RUNS} runs, ${CHATS} chat lines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await asIvy(pathTo(ROUTES.end, { roomId }), { method: "POST" });

    const recordPath = pathTo(ROUTES.record, { roomId });
    const abort = () => fetch(`${base}${pathTo(ROUTES.testAbort, { roomId })}`, { method: "POST" }).then(() => sleep(200));
    const timed = async (path: string) => {
      const s = performance.now();
      const res = await asIvy(path);
      await res.arrayBuffer();
      return performance.now() - s;
    };

    // Derive everything once (the alarm may not have fired yet), then measure.
    const first = (await (await asIvy(`${recordPath}?limit=1000`)).json()) as { startedAt: number; endedAt: number; next: number | null };
    const walkStart = performance.now();
    let events = 0;
    for (let after = 0; ; ) {
      const page = (await (await asIvy(`${recordPath}?after=${after}&limit=5000&deltas=1`)).json()) as { events: unknown[]; next: number | null };
      events += page.events.length;
      if (page.next === null) break;
      after = page.next;
    }
    const walkMs = performance.now() - walkStart;
    log(`record: ${events} events`);

    const floor: number[] = [];
    for (let i = 0; i < 20; i++) floor.push(await timed(`${recordPath}?limit=1`));
    const warmPage: number[] = [];
    for (let i = 0; i < 10; i++) warmPage.push(await timed(`${recordPath}?limit=1000`));
    const coldPage: number[] = [];
    for (let i = 0; i < COLD; i++) {
      await abort();
      coldPage.push(await timed(`${recordPath}?limit=1000`));
    }
    const span = first.endedAt - first.startedAt;
    const moment = () => Math.round(first.startedAt + random() * span);
    const codePath = (t: number) => `${pathTo(ROUTES.recordCode, { roomId })}?t=${t}`;
    const warmSeek: number[] = [];
    for (let i = 0; i < SEEKS; i++) warmSeek.push(await timed(codePath(moment())));
    const coldSeek: number[] = [];
    for (let i = 0; i < COLD; i++) {
      await abort();
      coldSeek.push(await timed(codePath(moment())));
    }
    const exports: number[] = [];
    const exportRoute = (ROUTES as Record<string, { path: string }>).recordExport;
    if (exportRoute) for (let i = 0; i < 3; i++) exports.push(await timed(`${pathTo(exportRoute as typeof ROUTES.record, { roomId })}?format=json`));

    const f = percentile(floor, 50);
    const row = (what: string, xs: number[], goal: string) => [what, String(xs.length), ms(percentile(xs, 50)), ms(percentile(xs, 99)), `${(percentile(xs, 50) / f).toFixed(1)}x`, goal];
    const rows = [
      row("floor: GET …/record?limit=1 (warm)", floor, ""),
      row("first page, 1,000 events (warm)", warmPage, "< 300 ms"),
      row("first page, 1,000 events (cold Room)", coldPage, "< 300 ms"),
      row("seek: GET …/record/code?t= (warm)", warmSeek, "< 50 ms"),
      row("seek (cold Room)", coldSeek, "< 50 ms"),
      ...(exports.length ? [row("export, JSON signed", exports, "< 2 s")] : []),
      ["whole record with deltas, pages of 5,000", "1", ms(walkMs), ms(walkMs), `${(walkMs / f).toFixed(1)}x`, ""],
    ];
    const body = table(["figure", "n", "p50", "p99", "p50 / floor", "goal"], rows);
    console.log(`\n${body}\n`);
    writeSection(join(ROOT, "bench/RESULTS.md"), "## Record", [
      `\`npm run bench:record\` on ${new Date().toISOString().slice(0, 10)}, commit ${snap.commit.slice(0, 10)}: the whole product under \`wrangler dev\` (runner included) on this 2-core machine; one room of ${UPDATES.toLocaleString("en")} code updates in two languages, ${RUNS} runs and ${CHATS} chat lines (${events.toLocaleString("en")} record events), ended. Times are HTTP round trips from the bench (Worker, Room RPC and the dev proxy included), so the server-side share is below them; "cold" restarts the Room first (test-only abort).`,
      "",
      body,
      "",
    ].join("\n"));
    log("written to bench/RESULTS.md");
  } finally {
    await product.stop();
    snap.remove();
  }
}

async function runOnce(as: (path: string, init?: { method?: string; body?: unknown }) => Promise<Response>, roomId: string): Promise<void> {
  const { runId } = (await (await as(pathTo(ROUTES.startRun, { roomId }), { method: "POST", body: { language: "python" } })).json()) as { runId: string };
  for (;;) {
    const { run } = (await (await as(pathTo(ROUTES.run, { roomId, runId }))).json()) as { run: { status: string } };
    if (["finished", "failed", "cancelled", "interrupted"].includes(run.status)) return;
    await sleep(25);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
