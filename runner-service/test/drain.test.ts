/**
 * Shutdown as Kubernetes and Cloudflare do it, on a real runner process: SIGTERM during a run lets
 * the run finish with its exit while new runs get 503 + Retry-After and /healthz turns 503
 * (draining), then the process exits 0; past RUNNER_DRAIN_MS what still runs is killed and told
 * why; a second signal exits at once.
 */
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ErrorBodySchema } from "../../contracts/errors.js";
import { RUNNER_HEADERS, type RunEvent } from "../../contracts/runner.js";
// @ts-expect-error: plain ESM helper shared with the launchers
import { writeRunnerSecret } from "../launch/secret-file.mjs";
import { removeTree } from "../src/core/process-dirs.js";
import { hostProcessesMatching } from "./helpers.js";
import { healthy, logLines, startService, streamEvents, type Service } from "./service.js";

const SECRET = "drain-test-secret-0123456789abcdef";
const scratch = mkdtempSync(join(process.env.DUET_RUNNER_TEST_DIR ?? tmpdir(), "drain-"));
chmodSync(scratch, 0o711); // the sandbox user reaches the run's files in the data dir in here
afterAll(() => removeTree(scratch));

async function start(env: Record<string, string> = {}): Promise<Service> {
  const secret = writeRunnerSecret(SECRET, join(scratch, "secret"));
  const s = await startService({ RUNNER_SECRET_FILE: secret.path, RUNNER_DATA_DIR: join(scratch, `data-${Math.random()}`), ...env });
  await healthy(s);
  return s;
}

function postPython(s: Service, source: string) {
  return fetch(`${s.base}/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
    body: JSON.stringify({ language: "python", files: [{ name: "main.py", content: source }] }),
  });
}

/** Reads events until one matches; returns the reader to go on with and what was read. */
async function readUntil(res: Response, until: (e: RunEvent) => boolean) {
  const it = streamEvents(res);
  const seen: RunEvent[] = [];
  for (let e = await it.next(); !e.done; e = await it.next()) {
    seen.push(e.value);
    if (until(e.value)) break;
  }
  return { it, seen };
}

async function rest(it: AsyncGenerator<RunEvent>, seen: RunEvent[]): Promise<RunEvent[]> {
  for (let e = await it.next(); !e.done; e = await it.next()) seen.push(e.value);
  return seen;
}

describe("SIGTERM drains the runner", () => {
  it("the run in flight finishes with its exit, new runs get 503 with Retry-After, /healthz says draining, then exit 0", async () => {
    const s = await start();
    try {
      const res = await postPython(s, `import time\nprint("a", flush=True)\ntime.sleep(1.5)\nprint("b")\n`);
      const { it, seen } = await readUntil(res, (e) => e.type === "output");
      s.signal("SIGTERM");
      await vi.waitFor(() => expect(s.output()).toContain('"runner_draining"'));

      const refused = await postPython(s, `print(1)\n`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("5");
      expect(refused.headers.get(RUNNER_HEADERS.load)).toBe("1/2");
      expect(ErrorBodySchema.parse(await refused.json()).error).toMatchObject({ code: "runner_unavailable", message: expect.stringMatching(/draining/) });
      const health = await fetch(`${s.base}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ ok: false, draining: true, running: 1 });

      const events = await rest(it, seen);
      expect(events.filter((e) => e.type === "output").map((e) => e.data).join("")).toBe("a\nb\n");
      expect(events.at(-1)).toMatchObject({ type: "exit", stage: "run", status: "OK" });
      expect(await s.exited).toBe(0);
      expect(logLines(s).map((l) => l.msg)).toEqual(expect.arrayContaining(["runner_draining", "run_finished", "runner_drained"]));
    } finally {
      s.stop();
    }
  });

  it("past RUNNER_DRAIN_MS the run is killed and ends with an error saying the runner shut down", async () => {
    const s = await start({ RUNNER_DRAIN_MS: "300" });
    try {
      const res = await postPython(s, `import subprocess\nsubprocess.run(["/usr/bin/sleep", "876.543"])\n`);
      const { it, seen } = await readUntil(res, (e) => e.type === "stage" && e.name === "run");
      await vi.waitFor(() => expect(hostProcessesMatching("876.543").length).toBeGreaterThan(0));
      s.signal("SIGTERM");
      const events = await rest(it, seen);
      expect(events.at(-1)).toMatchObject({ type: "error", message: expect.stringMatching(/runner shut down/) });
      expect(events.filter((e) => e.type === "exit" && e.stage === "run")).toEqual([]);
      expect(await s.exited).toBe(0);
      expect(hostProcessesMatching("876.543")).toEqual([]);
    } finally {
      s.stop();
    }
  });

  it("a second signal exits at once (Ctrl-C twice)", async () => {
    const s = await start();
    try {
      const res = await postPython(s, `import time\ntime.sleep(60)\n`);
      await readUntil(res, (e) => e.type === "stage" && e.name === "run");
      s.signal("SIGINT");
      await vi.waitFor(() => expect(s.output()).toContain('"runner_draining"'));
      const sent = performance.now();
      s.signal("SIGINT");
      expect(await s.exited).toBe(1);
      expect(performance.now() - sent).toBeLessThan(2000);
    } finally {
      s.stop();
    }
  });
});
