/** Shared test plumbing: a runner core on a throwaway data dir, and runs collected as event lists. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LanguageId } from "../../contracts/languages.js";
import { RunEventSchema, type ExitEvent, type RunEvent, type RunRequest } from "../../contracts/runner.js";
import { LANGUAGES_BY_ID } from "../../contracts/languages.js";
import { createRunnerCore, type RunnerCore } from "../src/core/service.js";
import { removeTree } from "../src/core/process-dirs.js";

export function testCore(opts: { concurrency?: number; maxQueued?: number; cpuScale?: number } = {}): RunnerCore {
  const dataDir = mkdtempSync(join(process.env.DUET_RUNNER_TEST_DIR ?? tmpdir(), "core-"));
  process.once("exit", () => removeTree(dataDir));
  return createRunnerCore({ concurrency: opts.concurrency ?? 2, maxQueued: opts.maxQueued ?? 64, dataDir, cacheEntries: 100, cpuScale: opts.cpuScale ?? 1 }); // pinned: limits here must not move with a measurement
}

export interface Outcome {
  events: RunEvent[];
  stdout: string;
  stderr: string;
  exit: ExitEvent | undefined;
  compile: ExitEvent | undefined;
}

export async function run(
  core: RunnerCore,
  language: LanguageId,
  source: string,
  extra: Pick<RunRequest, "stdin" | "limits" | "tests" | "budgetMs" | "tenant"> & { signal?: AbortSignal } = {},
): Promise<Outcome> {
  const events: RunEvent[] = [];
  const { signal, ...fields } = extra;
  const req: RunRequest = { language, files: [{ name: LANGUAGES_BY_ID[language].fileName, content: source }], ...fields };
  core.check(req);
  const done = core.start(req, (e) => events.push(RunEventSchema.parse(e)), signal ?? new AbortController().signal);
  if ("refused" in done) throw new Error(done.message);
  await done;
  const out = (stream: string) => events.flatMap((e) => (e.type === "output" && e.stream === stream ? [e.data] : [])).join("");
  const exits = events.filter((e): e is ExitEvent => e.type === "exit");
  return {
    events,
    stdout: out("stdout"),
    stderr: out("stderr"),
    exit: exits.find((e) => e.stage !== "compile"),
    compile: exits.find((e) => e.stage === "compile"),
  };
}

/** Processes on the host whose command line contains `marker` (to prove nothing outlived a run). */
import { readdirSync, readFileSync } from "node:fs";
export function hostProcessesMatching(marker: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes(marker)) pids.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}
