import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import type { ProblemRecord } from "../../judge/index";
import type { JudgeCase } from "../../judge/problem";
import { loadProblems } from "../lib/load";
import type { RunnerTarget } from "../lib/runner";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function target(): RunnerTarget {
  return { url: inject("problemsRunnerUrl"), secret: inject("problemsRunnerSecret") };
}

let cached: Promise<ProblemRecord[]> | undefined;
export function problems(): Promise<ProblemRecord[]> {
  return (cached ??= loadProblems(ROOT));
}

export async function problem(slug: string): Promise<ProblemRecord> {
  const p = (await problems()).find((x) => x.slug === slug);
  if (!p) throw new Error(`no problem ${slug}`);
  return p;
}

export function exampleCases(p: ProblemRecord): JudgeCase[] {
  return p.examples.map((e) => ({ kind: "example", input: e.stdin, expected: e.expected }));
}

export function allCases(p: ProblemRecord): JudgeCase[] {
  return [...exampleCases(p), ...p.hidden];
}
