/**
 * The real runner for the problems tests. Its compile cache lives in .runner-cache/problems
 * (git-ignored) so a second run reuses the compiled references and starters.
 * DUET_PROBLEMS_RUNNER_URL + DUET_PROBLEMS_RUNNER_SECRET point the tests at a runner you already run.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startProblemsRunner } from "../lib/runner-process";

declare module "vitest" {
  export interface ProvidedContext {
    problemsRunnerUrl: string;
    problemsRunnerSecret: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export default async function setup(project: TestProject) {
  if (process.env.DUET_PROBLEMS_RUNNER_URL && process.env.DUET_PROBLEMS_RUNNER_SECRET) {
    project.provide("problemsRunnerUrl", process.env.DUET_PROBLEMS_RUNNER_URL);
    project.provide("problemsRunnerSecret", process.env.DUET_PROBLEMS_RUNNER_SECRET);
    return;
  }
  const runner = await startProblemsRunner(ROOT, join(ROOT, ".runner-cache", "problems"));
  project.provide("problemsRunnerUrl", runner.target.url);
  project.provide("problemsRunnerSecret", runner.target.secret);
  return runner.stop;
}
