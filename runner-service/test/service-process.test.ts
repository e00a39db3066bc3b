/**
 * The runner as a real process, started the way the launchers start it: the secret arrives in a
 * 0600 file and never appears in the process's environment; a wrong secret gets 401; production
 * refuses the unsafe set-ups; and as an unprivileged uid (root test runs drop to `nobody` with
 * setpriv) every language still runs, with the uid weakness said in /healthz.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { LANGUAGES } from "../../contracts/languages.js";
import { RUNNER_HEADERS, RunEventSchema } from "../../contracts/runner.js";
// @ts-expect-error: plain ESM helper shared with the launchers
import { writeRunnerSecret } from "../launch/secret-file.mjs";
import { removeTree } from "../src/core/process-dirs.js";
import { PROGRAMS } from "./programs.js";
import { asUid, healthy, logLines, startService, type Service } from "./service.js";

const SECRET = "process-test-secret-9f8e7d6c5b4a";
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const scratch = mkdtempSync(join(process.env.DUET_RUNNER_TEST_DIR ?? tmpdir(), "proc-"));
chmodSync(scratch, 0o711); // the unprivileged service must reach its own files in here
afterAll(() => removeTree(scratch));

async function postRun(s: Service, secret: string, language: (typeof LANGUAGES)[number], headers: Record<string, string> = {}) {
  const res = await fetch(`${s.base}/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json", ...headers },
    body: JSON.stringify({ language: language.id, files: [{ name: language.fileName, content: PROGRAMS[language.id].greet }] }),
  });
  if (!res.ok) return { status: res.status, stdout: "", exit: undefined, events: [] };
  const events = (await res.text()).trim().split("\n").map((l) => RunEventSchema.parse(JSON.parse(l)));
  const stdout = events.flatMap((e) => (e.type === "output" && e.stream === "stdout" ? [e.data] : [])).join("");
  return { status: res.status, stdout, exit: events.filter((e) => e.type === "exit").at(-1), events };
}

const python = LANGUAGES.find((l) => l.id === "python")!;

describe("the runner process, started as the launchers start it", () => {
  it("keeps the secret out of /proc/<pid>/environ and answers a wrong secret with 401", async () => {
    const secretFile = writeRunnerSecret(SECRET, join(scratch, "secret"));
    const s = await startService({ ...secretFile.env, RUNNER_DATA_DIR: join(scratch, "root-data") });
    try {
      await healthy(s);
      const environ = readFileSync(`/proc/${s.pid}/environ`, "latin1");
      expect(environ).toContain(`RUNNER_SECRET_FILE=${secretFile.path}`); // the right process
      expect(environ).not.toContain(SECRET);
      expect(readFileSync(`/proc/${s.pid}/cmdline`, "latin1")).not.toContain(SECRET);
      const refusedIds = { [RUNNER_HEADERS.runId]: "run-refused-1", [RUNNER_HEADERS.requestId]: "req-refused-1" };
      expect((await postRun(s, "not-the-secret-at-all", python, refusedIds)).status).toBe(401);
      const ok = await postRun(s, SECRET, python, { [RUNNER_HEADERS.runId]: "run-42", [RUNNER_HEADERS.requestId]: "req-42" });
      expect(ok, JSON.stringify(ok.events)).toMatchObject({ status: 200, stdout: "Hello, World!\n" });
      // Every line is a JSON log line; the run's lines carry its ids; no program output or source.
      await vi.waitFor(() => expect(s.output()).toContain('"run_finished"'));
      const lines = logLines(s);
      for (const line of lines) expect(Object.keys(line).slice(0, 3)).toEqual(["ts", "level", "msg"]);
      const byMsg = (msg: string) => lines.filter((l) => l.msg === msg);
      expect(byMsg("run_started")).toEqual([expect.objectContaining({ runId: "run-42", requestId: "req-42", language: "python" })]);
      expect(byMsg("run_finished")).toEqual([expect.objectContaining({ runId: "run-42", requestId: "req-42", status: "OK", ms: expect.any(Number) })]);
      expect(byMsg("request_refused")).toEqual([expect.objectContaining({ runId: "run-refused-1", requestId: "req-refused-1", code: "unauthorized", status: 401 })]);
      expect(s.output()).not.toContain("Hello, World");
    } finally {
      s.stop();
      await s.exited;
    }
  });

  it.each([
    ["a secret in the environment", { RUNNER_SECRET: SECRET }, /RUNNER_SECRET in the environment is refused/],
    ["no seccomp filter", { RUNNER_SECRET_FILE: "SECRET_FILE", RUNNER_SECCOMP_FILE: "/nonexistent/seccomp.bpf" }, /no seccomp filter/],
    ...(asRoot ? [] : ([["sandboxes under its own uid", { RUNNER_SECRET_FILE: "SECRET_FILE" }, /own uid/]] as const)),
  ] as const)("refuses to start in production with %s", async (_, env, why) => {
    const secretFile = writeRunnerSecret(SECRET, join(scratch, "secret"));
    const filled = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "SECRET_FILE" ? secretFile.path : v]));
    const s = await startService({ ...filled, DUET_ENV: "production", RUNNER_DATA_DIR: join(scratch, "prod-data") });
    try {
      expect(await s.exited).toBe(1);
      expect(s.output()).toMatch(why);
    } finally {
      s.stop();
    }
  });
});

describe.runIf(asRoot)("the runner as an unprivileged uid (nobody)", () => {
  const dataDir = join(scratch, "nobody-data");
  const secretPath = join(scratch, "nobody-secret");
  const start = async (env: Record<string, string> = {}) => {
    writeRunnerSecret(SECRET, secretPath);
    chownSync(secretPath, NOBODY, NOBODY); // still 0600: readable by the service user only
    mkdirSync(dataDir, { recursive: true });
    chownSync(dataDir, NOBODY, NOBODY);
    return startService({ RUNNER_SECRET_FILE: secretPath, RUNNER_DATA_DIR: dataDir, ...env }, asUid(NOBODY));
  };

  it("refuses to start in production: its sandboxes would share its uid", async () => {
    const s = await start({ DUET_ENV: "production" });
    try {
      expect(await s.exited).toBe(1);
      expect(s.output()).toMatch(/refusing to start in production: sandboxes run under the service's own uid 65534/);
    } finally {
      s.stop();
    }
  });

  it("in development runs every language, with the filter, and says loudly that sandboxes share its uid", async () => {
    const s = await start();
    try {
      const health = await healthy(s);
      expect(health.sandbox).toMatchObject({ uids: { service: NOBODY, sandbox: NOBODY }, seccomp: "loaded" });
      expect(health.warnings).toContainEqual(expect.stringMatching(/own uid 65534/));
      expect(s.output()).toMatch(/WARNING.*own uid 65534/);
      const results = [];
      for (let i = 0; i < LANGUAGES.length; i += 2) {
        results.push(...(await Promise.all(LANGUAGES.slice(i, i + 2).map((l) => postRun(s, SECRET, l)))));
      }
      expect(results.map((r) => [r.stdout, r.exit?.status]), JSON.stringify(results.map((r) => r.events))).toEqual(LANGUAGES.map(() => ["Hello, World!\n", "OK"]));
    } finally {
      s.stop();
      await s.exited;
    }
  });
});
