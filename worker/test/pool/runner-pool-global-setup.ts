/**
 * Three real runner services for the runner-pool tests (vitest.runner-pool.config.ts), plus a
 * control endpoint through which a test inside workerd does to one of them what happens to
 * runners in production: SIGKILL (a crashed pod), a restart on the same port, SIGSTOP / SIGCONT
 * (a hung one), and "hold" — its free slots filled with sleeps posted from here, as the rooms of other
 * Worker isolates would (from inside workerd, unread streams would be cut to free connections).
 * Cheap runners: two slots each and no queue, so a full runner answers 429 at once.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helpers shared with the start script
import { freePort, waitForHttp } from "../../../scripts/lib/processes.mjs";
// @ts-expect-error: plain ESM helpers shared with the start script
import { startRunner } from "../../../scripts/lib/runners.mjs";
// @ts-expect-error: plain ESM helper shared with the start script
import { writeRunnerSecret } from "../../../runner-service/launch/secret-file.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    poolRunnerUrls: string[];
    poolRunnerSecret: string;
    poolControl: string;
  }
}

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const RUNNERS = 3;
const CONCURRENCY = 2;

type Proc = { stop(): Promise<void>; exited: Promise<unknown>; child: { pid: number } };

export default async function setup(project: TestProject) {
  const secret = randomBytes(24).toString("hex");
  const secretFile = writeRunnerSecret(secret); // the runner reads a 0600 file; the Worker keeps RUNNER_SECRET
  const dataRoot = mkdtempSync(join(tmpdir(), "duet-runner-pool-"));
  chmodSync(dataRoot, 0o711); // mkdtemp's 0700 would keep the sandboxes (nobody) out of their work dirs
  const ports: number[] = [];
  for (let i = 0; i < RUNNERS; i++) ports.push(await freePort());
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  const runners: (Proc | null)[] = ports.map(() => null);

  const start = async (i: number) => {
    const p = startRunner(ROOT, {
      port: ports[i],
      dataDir: join(dataRoot, String(i)),
      quiet: true,
      name: `pool runner ${i}`,
      env: { ...secretFile.env, DUET_ENV: "test", RUNNER_CONCURRENCY: String(CONCURRENCY), RUNNER_MAX_QUEUE: "0" },
    }) as Proc;
    await waitForHttp(`${urls[i]}/healthz`, p, 60_000);
    runners[i] = p;
  };
  const holds = ports.map(() => ({ abort: new AbortController(), count: 0 }));
  const running = async (i: number) => ((await (await fetch(`${urls[i]}/healthz`)).json()) as { running: number }).running;
  const until = async (i: number, ok: (running: number) => boolean) => {
    for (let t = 0; !ok(await running(i)); t++) {
      if (t > 500) throw new Error(`runner ${i}: its runs never got there`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  /** Posts sleeps until the runner refuses one: whatever slots it had free are taken. */
  const hold = async (i: number) => {
    const sleep = JSON.stringify({ language: "python", files: [{ name: "main.py", content: "import time\ntime.sleep(60)\n" }] });
    holds[i] = { abort: new AbortController(), count: 0 };
    for (;;) {
      const res = await fetch(`${urls[i]}/v1/runs`, { method: "POST", headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" }, body: sleep, signal: holds[i].abort.signal });
      if (res.status !== 200) break;
      holds[i].count++;
      res.body?.pipeTo(new WritableStream()).catch(() => {}); // read on, until released
    }
    await until(i, (n) => n === CONCURRENCY);
  };
  const release = async (i: number) => {
    holds[i].abort.abort();
    await until(i, (n) => n <= CONCURRENCY - holds[i].count);
  };
  const signal = (i: number, sig: NodeJS.Signals) => process.kill(-(runners[i] as Proc).child.pid, sig); // its whole group: npx, tsx, node
  await Promise.all(ports.map((_, i) => start(i)));

  /** /<runner index>/<action>; answers once it is done (a start: once the runner answers; a hold: once both sleeps run). */
  const control = createServer(async (req, res) => {
    try {
      const [, index, action] = /^\/(\d)\/(kill|start|stop|cont|hold|release)$/.exec(req.url ?? "") ?? [];
      const i = Number(index);
      if (!action || !(i in ports)) throw new Error(`no such control: ${req.url}`);
      if (action === "kill" && runners[i]) {
        signal(i, "SIGCONT"); // a stopped process dies of SIGKILL too, but its exit is only reaped once it runs
        signal(i, "SIGKILL");
        await (runners[i] as Proc).exited;
        runners[i] = null;
      } else if (action === "start" && !runners[i]) await start(i);
      else if (action === "stop") signal(i, "SIGSTOP");
      else if (action === "cont") signal(i, "SIGCONT");
      else if (action === "hold") await hold(i);
      else if (action === "release") await release(i);
      res.end(JSON.stringify({ running: runners.map((r) => r !== null) }));
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
  });
  const controlPort = await freePort();
  await new Promise<void>((r) => control.listen(controlPort, "127.0.0.1", r));

  project.provide("poolRunnerUrls", urls);
  project.provide("poolRunnerSecret", secret);
  project.provide("poolControl", `http://127.0.0.1:${controlPort}`);
  return async () => {
    control.close();
    for (const h of holds) h.abort.abort();
    for (const [i, r] of runners.entries()) if (r) signal(i, "SIGCONT");
    await Promise.all(runners.map((r) => r?.stop()));
    secretFile.remove();
    rmSync(dataRoot, { recursive: true, force: true });
  };
}
