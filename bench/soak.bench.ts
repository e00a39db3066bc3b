/**
 * Soak (issue 10): 200 stock y-websocket clients in 40 rooms type and press Run for SOAK_MINUTES
 * (default 10) while Room objects are aborted at random (the test-only route, DUET_ENV=test) and
 * the runner is killed and restarted. Verdicts: zero lost acknowledged updates, no stuck run,
 * memory flat. Prints the figures and writes `## Soak` into bench/RESULTS.md.
 *
 * Run: `npm run bench:soak` (SOAK_MINUTES=2 for a short run). Starts its own product on free ports.
 */
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { treeRss } from "./collab/procfs";
import { writeSection } from "./runner/stats";
import { SoakRoom, sleep, type RunTally } from "./soak/room";
// @ts-expect-error: plain ESM helper shared with the start script
import { startProduct } from "../scripts/lib/product.mjs";
import { pathTo, ROUTES } from "../contracts/routes";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MINUTES = Number(process.env.SOAK_MINUTES) || 10;
const ROOMS = 40;
const TYPING_PER_S = 100; // across all rooms: each of the 200 clients about every 2 s
const RUN_EVERY_MS = 30_000; // per room, jittered
const ABORT_EVERY_MS = 10_000;
const RUNNER_RESTART_EVERY_MS = 150_000;
const STUCK_MS = 90_000;

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const mib = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;

async function main() {
  const product = await startProduct(ROOT, {
    vars: {
      RATE_ROOM_CREATES_PER_MINUTE: "100000", RATE_SOCKET_CONNECTS_PER_MINUTE: "100000",
      RATE_RUNS_PER_USER_PER_MINUTE: "100000", RATE_RUNS_PER_ROOM_PER_MINUTE: "100000", RUNS_ROOMS_PER_TENANT: "1000",
    },
  });
  const base = product.baseUrl as string;
  let next = 0;
  const nextId = () => ++next;
  const rooms: SoakRoom[] = [];
  const tally: RunTally = { started: 0, refused: {}, final: {}, failures: {}, stuck: [] };
  const memory: { t: number; worker: number; runner: number }[] = [];
  let aborts = 0;
  let restarts = 0;
  const pending: Promise<unknown>[] = [];
  try {
    for (let i = 0; i < ROOMS; i++) rooms.push(await SoakRoom.create(base));
    const until = Date.now() + 60_000;
    while (!rooms.every((r) => r.converged()) && Date.now() < until) await sleep(100);
    log(`${ROOMS} rooms, ${ROOMS * 5} sockets connected; soaking for ${MINUTES} min`);

    const end = Date.now() + MINUTES * 60_000;
    let nextAbort = Date.now() + ABORT_EVERY_MS;
    let nextRestart = Date.now() + RUNNER_RESTART_EVERY_MS;
    let nextSample = Date.now();
    const nextRun = rooms.map(() => Date.now() + Math.random() * RUN_EVERY_MS);
    while (Date.now() < end) {
      const tick = Date.now();
      for (let k = 0; k < TYPING_PER_S / 10; k++) rooms[Math.floor(Math.random() * ROOMS)].type(nextId);
      rooms.forEach((r, i) => {
        if (tick < nextRun[i]) return;
        nextRun[i] = tick + RUN_EVERY_MS * (0.5 + Math.random());
        pending.push(r.run(tally, STUCK_MS));
      });
      if (tick >= nextAbort) {
        nextAbort = tick + ABORT_EVERY_MS * (0.5 + Math.random());
        const victim = rooms[Math.floor(Math.random() * ROOMS)];
        const res = await fetch(`${base}${pathTo(ROUTES.testAbort, { roomId: victim.roomId })}`, { method: "POST" }).catch(() => null);
        if (res?.ok) aborts++;
        else log(`abort refused: ${res?.status}`);
      }
      if (tick >= nextRestart) {
        nextRestart = tick + RUNNER_RESTART_EVERY_MS;
        await product.restartRunner();
        restarts++;
        log("runner restarted");
      }
      if (tick >= nextSample) {
        nextSample = tick + 30_000;
        memory.push({ t: (tick - started) / 1000, worker: treeRss(product.workerPid), runner: treeRss(product.runnerPid()) });
        log(`typed ${next}, acked ${rooms.reduce((n, r) => n + r.acked.size, 0)}, runs ${tally.started}, aborts ${aborts}, worker ${mib(memory.at(-1)!.worker)}`);
      }
      await sleep(Math.max(0, 100 - (Date.now() - tick)));
    }

    log("typing stopped; waiting for every room to converge and every run to end");
    await Promise.all(pending);
    const settle = Date.now() + 120_000;
    while (!rooms.every((r) => r.converged()) && Date.now() < settle) await sleep(200);
    const unconverged = rooms.filter((r) => !r.converged()).length;
    let lostAcked = 0;
    let lostTyped = 0;
    let acked = 0;
    for (const r of rooms) {
      const stored = await r.load();
      for (const id of r.acked) if (!stored.has(id)) lostAcked++;
      for (const id of r.typed) if (!stored.has(id)) lostTyped++;
      acked += [...r.acked].filter((id) => r.typed.has(id)).length;
    }
    const first = memory.slice(1, 4);
    const last = memory.slice(-3);
    const avg = (xs: typeof memory, k: "worker" | "runner") => xs.reduce((s, x) => s + x[k], 0) / Math.max(1, xs.length);
    const growth = avg(last, "worker") / avg(first, "worker");
    const verdicts = {
      "lost acknowledged updates": lostAcked,
      "stuck runs": tally.stuck.length,
      "worker memory, last 1.5 min vs minutes 0.5–2": `${mib(avg(first, "worker"))} → ${mib(avg(last, "worker"))} (×${growth.toFixed(2)})`,
    };
    const lines = [
      `Measured by \`npm run bench:soak\` (SOAK_MINUTES=${MINUTES}) on ${new Date().toISOString().slice(0, 10)}: 2 cores, Node ${process.version}, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(" ")}.`,
      "",
      `${ROOMS} rooms × 5 stock y-websocket providers typing ~${TYPING_PER_S} marker lines/s in all; Run pressed every ~${RUN_EVERY_MS / 1000} s per room; a random Room aborted every ~${ABORT_EVERY_MS / 1000} s; the runner killed (SIGKILL) and restarted every ${RUNNER_RESTART_EVERY_MS / 1000} s.`,
      "",
      "| measure | value |",
      "|---|---|",
      `| markers typed | ${next} |`,
      `| acknowledged (seen by another client) | ${acked} |`,
      `| **lost acknowledged** | **${lostAcked}** |`,
      `| typed but missing at the end (never acknowledged) | ${lostTyped} |`,
      `| rooms not converged after 2 min | ${unconverged} |`,
      `| Room aborts / runner restarts | ${aborts} / ${restarts} |`,
      `| runs started / refused (by status) | ${tally.started} / ${JSON.stringify(tally.refused)} |`,
      `| runs ended (by final status) | ${JSON.stringify(tally.final)} |`,
      `| failed runs, by error | ${JSON.stringify(tally.failures).replace(/\|/g, "/")} |`,
      `| **stuck runs** (no final status within ${STUCK_MS / 1000} s) | **${tally.stuck.length}** |`,
      `| worker tree RSS, minutes 0.5–2 → last 1.5 min | ${verdicts["worker memory, last 1.5 min vs minutes 0.5–2"]} |`,
      `| runner tree RSS, same | ${mib(avg(first, "runner"))} → ${mib(avg(last, "runner"))} |`,
    ];
    console.log(`\n${lines.join("\n")}\n`);
    writeSection(fileURLToPath(new URL("./RESULTS.md", import.meta.url)), "## Soak", lines.join("\n"));
    const ok = lostAcked === 0 && tally.stuck.length === 0 && unconverged === 0;
    log(ok ? "soak passed" : "soak FAILED");
    process.exitCode = ok ? 0 : 1;
  } finally {
    for (const r of rooms) r.destroy();
    await product.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
