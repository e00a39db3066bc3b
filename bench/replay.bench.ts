/**
 * The replay page at the size (issue 14): a room with 20,000 code updates,
 * 50 runs and 100 chat lines, ended; then in Debian's headless Chromium, as its interviewer, the
 * page opened cold (the whole record fetched with deltas, the code of the first moment on screen,
 * the scrubber usable) and seeks at random moments (input on the scrubber → the editor's next
 * paint). Goals: interactive < 1 s, any seek < 100 ms in the page.
 *
 * Run: `npx tsx bench/replay.bench.ts` (commits HEAD to a snapshot first, as the other benches do).
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Page } from "playwright-core";
import { pathTo, ROUTES } from "../contracts/routes";
import { seededRandom } from "../problems/lib/random";
import { launch } from "../test/e2e/browser";
import { BenchClient } from "./collab/client";
import { ROOT, snapshotHead } from "./collab/servers";
import { ms, percentile, table } from "./collab/stats";
import { writeSection } from "./runner/stats";
// @ts-expect-error: plain ESM helper shared with the start script
import { startProduct } from "../scripts/lib/product.mjs";
// @ts-expect-error: plain ESM helper shared with dev:token and the node tests
import { createRoom, joinAs } from "../scripts/lib/room-api.mjs";
// @ts-expect-error: plain ESM helper
import { buildWeb } from "../scripts/lib/web.mjs";

const UPDATES = 20_000;
const RUNS = 50;
const CHATS = 100;
const OPENS = 5;
const SEEKS = 100;
/** Updates a second the writer keeps under. */
const PACE = 400;

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

async function main(): Promise<void> {
  const snap = snapshotHead();
  buildWeb(snap.root, { force: true });
  const product = await startProduct(snap.root, {
    // As bench:record: the interview is typed in a minute, not an hour, so the per-socket rates step aside
    // (a round trip is a sync request: the room answers 10 a minute, which is what stopped this bench before).
    vars: {
      RATE_RUNS_PER_USER_PER_MINUTE: "10000", RATE_RUNS_PER_ROOM_PER_MINUTE: "10000", RATE_ROOM_CREATES_PER_MINUTE: "10000", RATE_SOCKET_CONNECTS_PER_MINUTE: "100000",
      ROOM_MESSAGES_PER_SECOND: "1000000", ROOM_MESSAGE_BURST: "1000000", ROOM_SYNC_REQUESTS_PER_MINUTE: "100000",
    },
  });
  const browser = await launch();
  try {
    const base: string = product.baseUrl;
    log(`product up at ${base} (commit ${snap.commit.slice(0, 10)})`);
    const room = (await createRoom(base, { title: "replay bench", language: "python" })) as { roomId: string; links: Record<string, string> };
    const { roomId } = room;

    // The interviewer's tab: joined through the link, so the replay reads with its room session.
    const page = await (await browser.context()).newPage();
    await page.goto(room.links.interviewer);
    await page.getByLabel("Display name").fill("Ivy");
    await page.getByTestId("join").click();
    await page.locator(".monaco-editor").waitFor();
    const ivy = JSON.parse((await page.evaluate((id) => sessionStorage.getItem(`duet:session:${id}`), roomId))!) as { token: string };
    const cam = (await joinAs(base, room, "candidate", "Cam")) as { token: string };
    await page.goto(`${base}/`); // the live room leaves: its socket is no writer here

    await writeInterview(base, roomId, cam.token);
    await call(base, ivy.token, pathTo(ROUTES.end, { roomId }), "POST");
    const events = await countEvents(base, ivy.token, roomId); // the Room derives its edits once, as any reader's first read would

    const opens: { shown: number; interactive: number }[] = [];
    for (let i = 0; i < OPENS; i++) opens.push(await openCold(page, base, roomId));
    const random = seededRandom("replay-seeks").next;
    const seeks: number[] = [];
    for (let i = 0; i < SEEKS; i++) seeks.push(await seek(page, random()));

    const rows = [
      ["page opened → the replay laid out (record loaded)", String(OPENS), ms(percentile(opens.map((o) => o.shown), 50)), ms(percentile(opens.map((o) => o.shown), 99)), ""],
      ["page opened → interactive (code on screen, scrubber usable)", String(OPENS), ms(percentile(opens.map((o) => o.interactive), 50)), ms(percentile(opens.map((o) => o.interactive), 99)), "< 1 s"],
      ["seek: scrubber input → the editor's next paint", String(SEEKS), ms(percentile(seeks, 50)), ms(percentile(seeks, 99)), "< 100 ms"],
    ];
    const body = table(["figure", "n", "p50", "p99", "goal"], rows);
    console.log(`\n${body}\n`);
    writeSection(join(ROOT, "bench/RESULTS.md"), "## Replay page", [
      `\`npx tsx bench/replay.bench.ts\` on ${new Date().toISOString().slice(0, 10)}, commit ${snap.commit.slice(0, 10)}: Debian Chromium ${browser.browser.version()} (headless) against the whole product under \`wrangler dev\` on this 2-core machine; one room of ${UPDATES.toLocaleString("en")} code updates, ${RUNS} runs and ${CHATS} chat lines (${events.toLocaleString("en")} record events), ended, opened by its interviewer. Each open is a fresh load of the page (the record fetched whole, with deltas); a seek sets the scrubber and waits for two animation frames (the editor's paint).`,
      "",
      body,
      "",
    ].join("\n"));
    log("written to bench/RESULTS.md");
  } finally {
    await browser.close();
    await product.stop();
    snap.remove();
  }
}

async function call(base: string, token: string, path: string, method = "GET", body?: unknown): Promise<Response> {
  const res = await fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/**
 * The candidate writing (as bench:record does: a second writer's socket did not sync beside the
 * first in this harness), a run every 400 updates, a chat line every 200. The Room's starter and
 * the candidate's edits give the replay two authors' stretches to colour.
 */
async function writeInterview(base: string, roomId: string, camToken: string): Promise<void> {
  const w = new BenchClient(`${base.replace(/^http/, "ws")}${pathTo(ROUTES.roomSocket, { roomId, doc: "code" })}?token=${camToken}`);
  await w.connect();
  const random = seededRandom("replay").next;
  const t0 = performance.now();
  for (let i = 0; i < UPDATES; i++) {
    const text = w.doc.getText("code:python");
    const len = text.length;
    if (len > 40 && random() < 0.2) text.delete(15 + Math.floor(random() * (len - 15)), 1);
    else text.insert(len <= 15 ? len : 15 + Math.floor(random() * (len - 14)), "# ab\n".slice(0, 1 + Math.floor(random() * 4)));
    if ((i + 1) % 500 === 0) {
      await w.roundTrip().catch((e) => Promise.reject(new Error(`after ${i + 1} updates (socket ${JSON.stringify(w.closed)}): ${e.message}`)));
      // Under the Room's sustained 500 messages a second per socket (durable-objects/room/limits.ts), as a person is.
      const due = t0 + ((i + 1) / PACE) * 1000;
      if (performance.now() < due) await sleep(due - performance.now());
    }
    if ((i + 1) % Math.floor(UPDATES / RUNS) === 0) await runOnce(base, camToken, roomId);
    if ((i + 1) % Math.floor(UPDATES / CHATS) === 0) await call(base, camToken, pathTo(ROUTES.chat, { roomId }), "POST", { text: `line ${i}` });
  }
  await w.roundTrip();
  await w.close();
  log(`interview written: ${UPDATES} updates, ${RUNS} runs, ${CHATS} chat lines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function runOnce(base: string, token: string, roomId: string): Promise<void> {
  const { runId } = (await (await call(base, token, pathTo(ROUTES.startRun, { roomId }), "POST", { language: "python" })).json()) as { runId: string };
  for (;;) {
    const { run } = (await (await call(base, token, pathTo(ROUTES.run, { roomId, runId }))).json()) as { run: { status: string } };
    if (["finished", "failed", "cancelled", "interrupted"].includes(run.status)) return;
    await sleep(25);
  }
}

/** A fresh load of the replay at its start: when it is laid out, and when its code is on screen. */
async function openCold(page: Page, base: string, roomId: string) {
  // Away first: a goto to the page it is already on (the same URL and hash) is no load at all.
  await page.goto("about:blank");
  const s = performance.now();
  await page.goto(`${base}/r/${roomId}/replay#t=0`);
  await page.getByTestId("replay-scrubber").waitFor();
  const shown = performance.now() - s;
  await page.locator('[data-testid="replay-editor"] .view-line').first().waitFor();
  const interactive = performance.now() - s;
  log(`opened: laid out in ${shown.toFixed(0)} ms, interactive in ${interactive.toFixed(0)} ms`);
  return { shown, interactive };
}

async function countEvents(base: string, token: string, roomId: string): Promise<number> {
  let events = 0;
  for (let after: number | null = 0; after !== null; ) {
    const page = (await (await call(base, token, `${pathTo(ROUTES.record, { roomId })}?after=${after}&limit=5000`)).json()) as { events: unknown[]; next: number | null };
    events += page.events.length;
    after = page.next;
  }
  return events;
}

/** Sets the scrubber to `fraction` of the interview as a person dragging it would, and times it to the next paint. */
async function seek(page: Page, fraction: number): Promise<number> {
  return page.evaluate(async (f) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="replay-scrubber"]')!;
    const value = String(Math.round(Number(input.max) * f));
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const s = performance.now();
    setter.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - s;
  }, fraction);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
