/**
 * Join benchmark (issue 17): join click → the first character the new participant types appearing
 * in another participant's editor, over JOIN_SAMPLES (10) cold browser contexts against the
 * production build under wrangler dev (startProduct builds web/ with vite build; wrangler serves
 * web/dist). The other participant (an interviewer) is in the room with its editor up throughout.
 * JOIN_KEY_MS=150 types the display name a key every 150 ms, as a person does, instead of at once.
 * Writes the `## Join` section of bench/RESULTS.md.   Run: `npm run bench:join`
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { launch } from "../test/e2e/browser";
import { startProduct } from "../test/e2e/global-setup";
import { pathTo, ROUTES } from "../contracts/routes";
import { writeSection } from "./runner/stats";
import { joinOnce, watch, type JoinSample } from "./web/join";

const SAMPLES = Number(process.env.JOIN_SAMPLES ?? 10);
/** ms between the display name's keys: 0 fills it at once (bench/web/join.ts). */
const KEY_MS = Number(process.env.JOIN_KEY_MS ?? 0);
const RESULTS = fileURLToPath(new URL("RESULTS.md", import.meta.url));

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)];
const ms = (x: number) => `${Math.round(x)} ms`;
const spread = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
/** The commit measured, marked when the working tree differs from it. */
const commit = () => {
  const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  return execFileSync("git", ["status", "--porcelain", "--", "web", "contracts"], { encoding: "utf8" }).trim() ? `${hash} + uncommitted web/ changes` : hash;
};
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

async function main() {
  const loadStart = load();
  const product = await startProduct();
  const browser = await launch();
  try {
    const res = await fetch(`${product.baseUrl}${pathTo(ROUTES.createRoom)}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ title: "bench" }) });
    const room = (await res.json()) as { links: { candidate: string; interviewer: string } };

    const watcher = await (await browser.context()).newPage();
    await watcher.goto(room.links.interviewer);
    await watcher.getByLabel("Display name").fill("Watcher");
    await watcher.getByTestId("join").click();
    await watcher.locator(".monaco-editor .view-lines").waitFor();
    await watcher.waitForSelector('[data-status="saved"]');
    await watch(watcher);

    await joinOnce(browser.browser, room.links.candidate, watcher); // warm-up: wrangler dev's first asset reads
    const samples: JoinSample[] = [];
    const say = (what: string, s: JoinSample) =>
      console.log(`${what}: ${ms(s.totalMs)} (joined ${ms(s.joinedMs)}, mounted ${ms(s.mountedMs)}, typed ${ms(s.typedMs)}, synced ${ms(s.syncedMs)}, JS ${kib(s.jsGzip)} gzip)`);
    const failures: string[] = [];
    /** A join whose character never arrived is written down and counted, not dropped silently. */
    const attempt = async (): Promise<JoinSample> => {
      for (;;) {
        try {
          return await joinOnce(browser.browser, room.links.candidate, watcher, KEY_MS);
        } catch (e) {
          failures.push((e as Error).message);
          console.warn(`join failed (${failures.length}): ${(e as Error).message}`);
          if (failures.length > SAMPLES) throw e;
        }
      }
    };
    for (let i = 0; i < SAMPLES; i++) {
      const s = await attempt();
      say(`join ${i + 1}/${SAMPLES}`, s);
      samples.push(s);
    }
    const mid = [...samples].sort((a, b) => a.totalMs - b.totalMs)[Math.floor((samples.length - 1) / 2)];
    const col = (f: (s: JoinSample) => number) => spread(samples.map(f));
    const section = [
      `Command: \`${KEY_MS > 0 ? `JOIN_KEY_MS=${KEY_MS} ` : ""}npm run bench:join\` — Debian Chromium ${browser.browser.version()} (headless), production build (vite build) of ${commit()} under \`wrangler dev\`, ${cpus().length} cores, load average ${loadStart} at the start, ${load()} at the end. ${new Date().toISOString().slice(0, 10)}.`,
      "",
      `${SAMPLES} cold browser contexts one after another (after one warm-up join), each opening the candidate link, ${KEY_MS > 0 ? `typing the display name (12 characters, a key every ${KEY_MS} ms)` : "filling the display name at once"} and clicking Join, then clicking the editor and typing one character as soon as it takes input; an interviewer's page is in the room with its editor up throughout. Times from the click, on the machine's one clock (both pages' performance.timeOrigin + now()); median (min–max).`,
      "",
      "| click → | median (min–max) |",
      "| --- | ---: |",
      `| (the page opened) | ${col((s) => s.openedMs)} |`,
      `| join request answered | ${col((s) => s.joinedMs)} |`,
      `| Monaco on the page | ${col((s) => s.mountedMs)} |`,
      `| keystroke taken by the editor | ${col((s) => s.typedMs)} |`,
      `| code doc synced (badge "saved") | ${col((s) => s.syncedMs)} |`,
      `| **character in the other participant's editor** | **${col((s) => s.totalMs)}** |`,
      "",
      ...(failures.length ? [`Joins whose character had not reached the other editor after 20 s (taken again): ${failures.length}.`, "", ...failures.map((f) => `- ${f}`), ""] : []),
      `JavaScript the joining page fetched from opening the link to the keystroke (median): ${kib(median(samples.map((s) => s.jsRaw)))} as served, ${kib(median(samples.map((s) => s.jsGzip)))} gzip -6.`,
      "",
      `Scripts of the median sample (${ms(mid.totalMs)}), fetch start → end in ms after the click (negative: fetched by the join page before it):`,
      "",
      "| script | start | end | raw |",
      "| --- | ---: | ---: | ---: |",
      ...mid.scripts.map((s) => `| ${s.url} | ${Math.round(s.start)} | ${Math.round(s.end)} | ${kib(s.raw)} |`),
      "",
    ].join("\n");
    console.log(section);
    // JOIN_WRITE=0: figures on the console only (a before/after pair is written by hand).
    if (process.env.JOIN_WRITE !== "0") writeSection(RESULTS, "## Join", section);
  } finally {
    await browser.close();
    await product.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
