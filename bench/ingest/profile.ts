/**
 * Where Duet's time goes during one typing burst: a V8 CPU profile of the Worker's isolate (the
 * Room runs in it), taken through the inspector that `wrangler dev` opens, while the burst runs.
 * The whole profile is kept as a .cpuprofile file (open it in Chrome's DevTools); the section
 * gets the top functions by self time and the same grouped by the source file they live in.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { listeningPorts } from "../collab/procfs";
import type { Server } from "../collab/servers";
import { table } from "../collab/stats";
import { runBurst, type BurstSpec } from "./burst";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A minimal Chrome DevTools Protocol session over one target's WebSocket. */
class Cdp {
  #next = 1;
  readonly #waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
      const w = msg.id === undefined ? undefined : this.#waiting.get(msg.id);
      if (!w || msg.id === undefined) return;
      this.#waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(msg.error.message));
      else w.resolve(msg.result);
    });
  }
  static open(url: string): Promise<Cdp> {
    const ws = new WebSocket(url);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (ws.terminate(), reject(new Error(`inspector ${url}: no connection within 10 s`))), 10_000);
      ws.once("open", () => (clearTimeout(timer), resolve(new Cdp(ws))));
      ws.once("error", (e) => (clearTimeout(timer), reject(e)));
    });
  }
  /** Rejects after `timeoutMs` without an answer (an inspector already in use never answers). */
  call<T>(method: string, params: object = {}, timeoutMs = 15_000): Promise<T> {
    const id = this.#next++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (this.#waiting.delete(id), reject(new Error(`inspector: no answer to ${method} within ${timeoutMs} ms`))), timeoutMs);
      this.#waiting.set(id, { resolve: (v) => (clearTimeout(timer), resolve(v as T)), reject: (e) => (clearTimeout(timer), reject(e)) });
    });
  }
}

/**
 * The Worker's inspector target. `wrangler dev` holds the runtime workerd's own inspector session
 * (a second client there is never answered) and offers a proxy of it on another port (9229 or the
 * next free one, its target at `/ws`): that one first, the runtime's user Worker otherwise.
 */
async function inspectorTargets(pid: number): Promise<Array<{ title: string; url: string }>> {
  const proxied: Array<{ title: string; url: string }> = [];
  const direct: Array<{ title: string; url: string }> = [];
  for (const port of [...listeningPorts(pid, "workerd"), ...listeningPorts(pid, "node")]) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(2000) });
      const list = (await res.json()) as Array<{ id?: string; title?: string; description?: string; webSocketDebuggerUrl?: string }>;
      for (const t of list) {
        if (!t.webSocketDebuggerUrl) continue;
        if (t.description === "workers") proxied.push({ title: t.title ?? `wrangler's inspector proxy :${port}`, url: t.webSocketDebuggerUrl });
        else if (t.id?.startsWith("core:user:")) direct.push({ title: t.title ?? t.id, url: t.webSocketDebuggerUrl });
      }
    } catch {
      // not an inspector (or not JSON)
    }
  }
  return proxied.length > 0 ? proxied.slice(0, 1) : direct.slice(0, 1);
}

/** Self time by function and by file, in % of all samples. */
/**
 * Total (inclusive) time of each named function: the bundle esbuild makes for `wrangler dev` has
 * no source map here and most hot frames are anonymous closures, so the named callers above them
 * (#write, apply, append, broadcast…) are what tells where the time goes.
 */
function inclusive(p: CpuProfile, selfUs: Map<number, number>, total: number, top = 25): string {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byName = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>(); // a recursive function counts once per sample
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const { functionName, lineNumber } = nodes.get(cur)?.callFrame ?? { functionName: "", lineNumber: 0 };
      if (!functionName || functionName === "(root)") continue;
      const key = `${functionName}:${lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      byName.set(key, (byName.get(key) ?? 0) + us);
    }
  }
  const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, top);
  return table(["named function (total time, bundle line)", "share", "ms"], rows.map(([k, us]) => [k, `${((us / total) * 100).toFixed(1)} %`, `${(us / 1000).toFixed(0)} ms`]));
}

function summarize(p: CpuProfile, top = 15): { byFunction: string; byFile: string; byCaller: string; totalMs: number; idlePct: number } {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  p.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let idle = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = nodes.get(id)?.callFrame ?? { functionName: "?", url: "", lineNumber: 0 };
    if (functionName === "(idle)") idle += us;
    const short = url.replace(/^.*\/(node_modules\/)?/, (_m, nm) => (nm ? "node_modules/" : "")) || "(native)";
    const key = `${functionName || "(anonymous)"} ${short}:${lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const f = functionName.startsWith("(") ? functionName : url ? url.replace(/^.*?((node_modules\/[^/]+)|[^/]+$)/, "$1") : "(native)";
    file.set(f, (file.get(f) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => [k, `${((us / total) * 100).toFixed(1)} %`, `${(us / 1000).toFixed(0)} ms`]);
  return {
    byCaller: inclusive(p, selfUs, total),
    byFunction: table(["function (self time)", "share", "ms"], rows(fn)),
    byFile: table(["source (self time)", "share", "ms"], rows(file)),
    totalMs: total / 1000,
    idlePct: (idle / total) * 100,
  };
}

/**
 * Profiles every inspector target of `server` during one burst of `spec` into room `room`;
 * returns a Markdown part for RESULTS.md (or why there is none).
 */
export async function profileBurst(server: Server, room: string, spec: BurstSpec, log: (m: string) => void): Promise<string> {
  const targets = await inspectorTargets(server.pid);
  log(`inspector targets: ${targets.map((t) => `${t.title} ${t.url}`).join(", ") || "none"}`);
  if (targets.length === 0) return "Profile: no inspector target found in the `wrangler dev` tree.";
  let sessions: Cdp[];
  try {
    sessions = await Promise.all(targets.map((t) => Cdp.open(t.url)));
    for (const s of sessions) {
      await s.call("Profiler.enable");
      await s.call("Profiler.setSamplingInterval", { interval: 200 });
      await s.call("Profiler.start");
    }
  } catch (e) {
    log(`no profile: ${(e as Error).message}`);
    return `Profile: none (${(e as Error).message}).`;
  }
  const burst = await runBurst(server, room, spec);
  const parts: string[] = [
    `**Profile** of one more typing burst through \`wrangler dev\` (${burst.updates} updates in ${burst.ms.toFixed(0)} ms, ${Math.round((burst.updates / burst.ms) * 1000)} updates/s while profiled; V8 sampling every 200 µs through the inspector wrangler opens):`,
  ];
  for (const [i, s] of sessions.entries()) {
    const { profile } = await s.call<{ profile: CpuProfile }>("Profiler.stop", {}, 60_000);
    s.ws.close();
    const file = join(tmpdir(), `duet-ingest-${i}-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const sum = summarize(profile);
    log(`profile of ${targets[i].title}: ${file}`);
    parts.push(`Target \`${targets[i].title}\`: ${sum.totalMs.toFixed(0)} ms sampled, ${sum.idlePct.toFixed(0)} % idle.\n\n${sum.byCaller}\n\n${sum.byFunction}\n\n${sum.byFile}`);
  }
  return parts.join("\n\n");
}
