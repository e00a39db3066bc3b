/**
 * `npm run problem:check -- <slug> [<slug> …]` (`--all`: every problem): loads each problem as the
 * seed does, then proves it on a real runner the way the problem CI does (problems/lib/prove.ts):
 * every reference Accepted, every known-wrong solution refused, every starter compiling. Prints a
 * line a check and what the library still asks of the problem; exits 1 when a check fails. A
 * problem whose checks all pass gets its proof written (problems/lib/proof.ts).
 * For authors: the fast loop while writing a problem. DUET_PROBLEMS_RUNNER_URL and _SECRET reuse
 * a runner you already run; otherwise one is started with a compile cache of its own.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { problemLanguages } from "../contracts/problems";
import type { ProblemRecord } from "../judge/problem-spec";
import { loadProblem, loadProblems } from "../problems/lib/load";
import { PROOF_FILE, proofHasher, writeProof } from "../problems/lib/proof";
import { checkNaive, checkReference, checkStarter, checkWrong, libraryGaps, type CheckResult } from "../problems/lib/prove";
import type { RunnerTarget } from "../problems/lib/runner";
import { startProblemsRunner } from "../problems/lib/runner-process";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const slugs = args.filter((a) => !a.startsWith("-"));
  if (slugs.length === 0 && !args.includes("--all")) {
    console.error("usage: npm run problem:check -- <slug> [<slug> …]   (or --all: every problem, rewriting every proof it proves)");
    return 2;
  }
  const problems = slugs.length ? await Promise.all(slugs.map((s) => loadProblem(join(ROOT, "problems", s), ROOT))) : await loadProblems(ROOT);
  const { target, stop } = await runner();
  let failed = 0;
  try {
    for (const p of problems) failed += await prove(target, p);
  } finally {
    await stop();
  }
  console.log(failed ? `\n${failed} check(s) failed` : "\nall checks passed");
  return failed ? 1 : 0;
}

async function prove(target: RunnerTarget, p: ProblemRecord): Promise<number> {
  const hash = proofHasher(ROOT)(p.slug); // what is proved is what was read, even if the files change meanwhile
  console.log(`\n${p.slug} (${p.difficulty}, ${p.tags.join(" ")}; ${p.examples.length} examples, ${p.hidden.length} hidden tests)`);
  const checks: [string, () => Promise<CheckResult>][] = [
    ...Object.keys(p.reference).map((l) => [`reference ${l}`, () => checkReference(target, p, l as keyof typeof p.reference)] as [string, () => Promise<CheckResult>]),
    ...p.alternatives.map((a) => [`reference ${a.file.split("/").pop()}`, () => checkReference(target, p, a.language, a.code)] as [string, () => Promise<CheckResult>]),
    ...p.wrong.map((w) => [`wrong ${w.file.split("/").pop()}`, () => checkWrong(target, p, w)] as [string, () => Promise<CheckResult>]),
    ...(p.guard?.solutions ?? []).map((n) => [`naive ${n.file.split("/").pop()}`, () => checkNaive(target, p, n)] as [string, () => Promise<CheckResult>]),
    ...problemLanguages(p.signature).map((l) => [`starter ${l}`, () => checkStarter(target, p, l)] as [string, () => Promise<CheckResult>]),
  ];
  let failed = 0;
  // Two at a time: the runner's own concurrency; more would only queue.
  const queue = [...checks];
  await Promise.all([0, 1].map(async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const started = Date.now();
      const r = await c[1]().catch((e: Error) => ({ ok: false, detail: `error: ${e.message}` }));
      if (!r.ok) failed++;
      console.log(`  ${r.ok ? "ok  " : "FAIL"} ${c[0].padEnd(28)} ${r.detail} (${Date.now() - started} ms)`);
    }
  }));
  for (const gap of libraryGaps(p)) console.log(`  todo ${gap}`);
  if (failed === 0) {
    writeProof(ROOT, p.slug, hash);
    console.log(`  proven: problems/${p.slug}/${PROOF_FILE} written (commit it with the problem; CI then skips it until something it depends on changes)`);
  }
  return failed;
}

async function runner(): Promise<{ target: RunnerTarget; stop: () => Promise<void> }> {
  const { DUET_PROBLEMS_RUNNER_URL: url, DUET_PROBLEMS_RUNNER_SECRET: secret } = process.env;
  if (url && secret) return { target: { url, secret }, stop: async () => {} };
  // Its own data folder, apart from the problems CI's (.runner-cache/problems).
  return startProblemsRunner(ROOT, join(ROOT, ".runner-cache", "problem-check"));
}

main().then((code) => process.exit(code), (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
