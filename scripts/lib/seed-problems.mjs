// Seeds the problem library (problems/<slug>/) into D1: checks every problem (a malformed one
// stops the seed with a message naming its file), then upserts problems and replaces their hidden
// tests. Plain node: the TypeScript loader is imported through tsx.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "smol-toml";

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
 * Applies the seed to the local D1 that `wrangler dev` uses (run after the migrations), through
 * wrangler's platform proxy: D1 batches of the statements (about 12 s for 20 MB of hidden tests),
 * where `wrangler d1 execute --file` took two minutes splitting one 20 MB file.
 * Returns the number of problems seeded.
 */
export async function seedProblems(root, { persistTo } = {}) {
  const problems = await loadProblems(root);
  const { seedStatements } = await ts(root, "problems/lib/seed-sql.ts");
  const { getPlatformProxy } = await import("wrangler");
  // wrangler dev --persist-to X keeps its state under X/v3 (default X: .wrangler/state).
  const path = join(persistTo ?? join(root, ".wrangler", "state"), "v3");
  // A config of the D1 binding alone: the real one names Durable Objects the proxy cannot run, and
  // workerd would warn of each at every start.
  const { d1_databases } = parse(readFileSync(join(root, "wrangler.toml"), "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "duet-seed-"));
  const configPath = join(dir, "wrangler.json");
  writeFileSync(configPath, JSON.stringify({ name: "duet-seed", compatibility_date: "2025-01-01", d1_databases }));
  const proxy = await getPlatformProxy({ configPath, persist: { path } });
  try {
    const db = proxy.env.DB;
    const statements = seedStatements(problems);
    for (let i = 0; i < statements.length; i += 100) await db.batch(statements.slice(i, i + 100).map((s) => db.prepare(s)));
  } catch (e) {
    throw new Error(`seeding problems failed: ${e instanceof Error ? e.message : e}`);
  } finally {
    await proxy.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return problems.length;
}
