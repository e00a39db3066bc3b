// Seeds the problem library (problems/<slug>/) into D1: checks every problem (a malformed one
// stops the seed with a message naming its file), then upserts problems and replaces their hidden
// tests. Plain node: the TypeScript loader is imported through tsx.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

async function ts(root, path) {
  const { tsImport } = await import("tsx/esm/api");
  return tsImport(pathToFileURL(join(root, path)).href, import.meta.url);
}

/** Every problem, checked. Throws ProblemError ("problems/<slug>/<file>: …") on the first bad one. */
export async function loadProblems(root) {
  const { loadProblems } = await ts(root, "problems/lib/load.ts");
  return loadProblems(root);
}

/** The seed's SQL statements (for `env.DB.batch(stmts.map((s) => env.DB.prepare(s)))` in tests). */
export async function seedStatements(root) {
  const { seedStatements } = await ts(root, "problems/lib/seed-sql.ts");
  return seedStatements(await loadProblems(root));
}

/**
 * Applies the seed to the local D1 that `wrangler dev` uses (run after the migrations).
 * Returns the number of problems seeded.
 */
export async function seedProblems(root, { persistTo } = {}) {
  const problems = await loadProblems(root);
  const { seedStatements } = await ts(root, "problems/lib/seed-sql.ts");
  const dir = mkdtempSync(join(tmpdir(), "duet-seed-"));
  try {
    const file = join(dir, "seed.sql");
    writeFileSync(file, seedStatements(problems).map((s) => `${s};\n`).join(""));
    const args = ["wrangler", "d1", "execute", "DB", "--local", "--file", file];
    if (persistTo) args.push("--persist-to", persistTo);
    execFileSync("npx", args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" } });
  } catch (e) {
    if (e.stderr) throw new Error(`seeding problems failed: ${String(e.stderr).slice(-2000)}`);
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems.length;
}
