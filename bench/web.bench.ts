/**
 * Web benchmark (issue 6): what the browser downloads before the editor is visible (Monaco is a
 * lazy chunk) and keystroke-to-remote-render latency between two browser contexts, p50/p99, in
 * Debian's headless Chromium against the real product (wrangler dev + runner, as the e2e tests
 * start it). Writes the `## Web` section of bench/RESULTS.md.   Run: `npm run bench:web`
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { launch } from "../test/e2e/browser";
import { startProduct } from "../test/e2e/global-setup";
import { keystrokeLatency } from "./web/latency";
import { loadOnce, type JsBytes, type LoadSample } from "./web/load";
import { pathTo, ROUTES } from "../contracts/routes";

const LOADS = 5;
const KEYSTROKES = 300;
const GAP_MS = 25;
const RESULTS = fileURLToPath(new URL("RESULTS.md", import.meta.url));

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function main() {
  const product = await startProduct();
  const browser = await launch();
  try {
    const res = await fetch(`${product.baseUrl}${pathTo(ROUTES.createRoom)}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ title: "bench" }) });
    const room = (await res.json()) as { links: { candidate: string; interviewer: string } };

    const loads: LoadSample[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(browser.browser, product.baseUrl, room.links.candidate));
    const pick = (f: (s: LoadSample) => JsBytes) => loads.map(f).sort((a, b) => a.raw - b.raw)[Math.floor(loads.length / 2)];

    const a = await (await browser.context()).newPage();
    const b = await (await browser.context()).newPage();
    for (const [page, link, name] of [[a, room.links.interviewer, "Typist"], [b, room.links.candidate, "Watcher"]] as const) {
      await page.goto(link);
      await page.getByLabel("Display name").fill(name);
      await page.getByTestId("join").click();
      await page.locator(".monaco-editor .view-lines").waitFor();
      await page.waitForSelector('[data-status="saved"]');
    }
    await keystrokeLatency(a, b, 20, GAP_MS); // warm-up
    const lat = await keystrokeLatency(a, b, KEYSTROKES, GAP_MS);

    const rows = [
      ["landing page", pick((s) => s.landing)],
      ["room shell (top bar, panels, Yjs, sockets)", pick((s) => s.shell)],
      ["editor visible (+ lazy Monaco chunk)", pick((s) => s.editor)],
    ] as const;
    const section = [
      "## Web",
      "",
      `Command: \`npm run bench:web\` — Debian Chromium ${browser.browser.version()} (headless), product under \`wrangler dev\`, ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at the end. ${new Date().toISOString().slice(0, 10)}.`,
      "",
      `**Initial load** (cold context each time, median of ${LOADS}): JavaScript fetched, as served (wrangler dev does not compress) and gzip -6.`,
      "",
      "| up to | JS files | raw | gzip |",
      "| --- | ---: | ---: | ---: |",
      ...rows.map(([label, r]) => `| ${label} | ${r.files} | ${kib(r.raw)} | ${kib(r.gzip)} |`),
      "",
      `Join click → room shell: ${median(loads.map((s) => s.shellMs))} ms; → editor visible: ${median(loads.map((s) => s.editorMs))} ms (median). Monaco (editor core, its contributions, syntax for the 8 languages) is a separate chunk fetched only by the room; its worker starts after the editor shows.`,
      "",
      `**Keystroke → remote render**, two browser contexts, ${KEYSTROKES} keystrokes ${GAP_MS} ms apart (keydown in one page to the character in the other page's editor DOM, same clock):`,
      "",
      "| p50 | p90 | p99 | max |",
      "| ---: | ---: | ---: | ---: |",
      `| ${pct(lat, 50).toFixed(1)} ms | ${pct(lat, 90).toFixed(1)} ms | ${pct(lat, 99).toFixed(1)} ms | ${Math.max(...lat).toFixed(1)} ms |`,
      "",
      "Path: Monaco → y-monaco → Y.Doc update → WebSocket → Worker → Room DO (SQLite append, then broadcast) → other socket → Y.Doc → y-monaco → Monaco render, all on this machine.",
      "",
    ].join("\n");
    console.log(section);
    writeSection(section);
  } finally {
    await browser.close();
    await product.stop();
  }
}

/** Replaces only the `## Web` section (other sections belong to other benchmarks). */
function writeSection(section: string): void {
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmark results\n";
  const start = current.search(/^## Web\s*$/m);
  if (start === -1) return writeFileSync(RESULTS, `${current.trimEnd()}\n\n${section}`);
  const next = current.slice(start + 1).search(/^## /m);
  const end = next === -1 ? current.length : start + 1 + next;
  writeFileSync(RESULTS, `${current.slice(0, start)}${section}${end < current.length ? `\n${current.slice(end)}` : ""}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
