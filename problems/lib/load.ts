/**
 * Reads the problem folders from disk and checks them (judge/problem-spec.ts). Node only: used by
 * the seed (scripts/lib/seed-problems.mjs) and the problems tests, never by the Worker.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { expandValue } from "../../contracts/generated-input";
import type { LanguageId } from "../../contracts/languages";
import { compileProblem, ProblemError, REFERENCE_FILES, type ProblemRecord } from "../../judge/problem-spec";
import { proofHasher } from "./proof";
import { seededRandom } from "./random";

/** Every problem under `<root>/problems`, sorted by their `order` then slug. Throws ProblemError on the first bad one. */
export async function loadProblems(root: string): Promise<ProblemRecord[]> {
  const base = join(root, "problems");
  const slugs = readdirSync(base).filter((d) => statSync(join(base, d)).isDirectory() && existsSync(join(base, d, "problem.json")));
  const keyOf = recordKeys(root);
  const problems = await Promise.all(slugs.map((slug) => cachedRecord(root, slug, keyOf?.(slug) ?? null, () => loadProblem(join(base, slug), root))));
  const seen = new Map<string, string>();
  for (const p of problems) {
    const other = seen.get(p.title.toLowerCase());
    if (other) throw new ProblemError(`problems/${p.slug}/problem.json`, `title "${p.title}" is also used by problems/${other}`);
    seen.set(p.title.toLowerCase(), p.slug);
  }
  return problems.sort((a, b) => a.order - b.order || (a.slug < b.slug ? -1 : 1));
}

export async function loadProblem(dir: string, root: string): Promise<ProblemRecord> {
  const rel = relative(root, dir) || dir;
  const slug = dir.split(/[\\/]/).pop()!;
  const problemJson = readJson(join(dir, "problem.json"), `${rel}/problem.json`);
  const statementPath = join(dir, "statement.md");
  if (!existsSync(statementPath)) throw new ProblemError(`${rel}/statement.md`, "missing");
  const testsPath = join(dir, "tests.json");
  const tests = existsSync(testsPath) ? readJson(testsPath, `${rel}/tests.json`) : [];
  let generated: unknown;
  const genPath = join(dir, "generate.mjs");
  if (existsSync(genPath)) {
    try {
      const mod = await import(pathToFileURL(genPath).href);
      // `expand` makes a recipe's values (contracts/generated-input.ts) for the generator's oracle,
      // exactly as the runner will make them for the run.
      generated = await mod.default(seededRandom(slug), { expand: expandValue });
    } catch (e) {
      throw new ProblemError(`${rel}/generate.mjs`, `failed: ${(e as Error).message}`);
    }
  }
  const reference: Partial<Record<LanguageId, string>> = {};
  for (const [lang, name] of Object.entries(REFERENCE_FILES)) {
    const p = join(dir, name);
    if (existsSync(p)) reference[lang as LanguageId] = readFileSync(p, "utf8");
  }
  const alternatives = Object.fromEntries(readdirSync(dir).filter((n) => /^solution-alt\.[a-z]+$/.test(n)).sort().map((n) => [n, readFileSync(join(dir, n), "utf8")]));
  const wrong = readFolder(join(dir, "wrong"));
  const naive = readFolder(join(dir, "naive"));
  return compileProblem({ slug, dir: rel, problemJson, statement: readFileSync(statementPath, "utf8"), tests, generated, reference, alternatives, wrong, naive });
}

/** A folder's files by name (sorted), or none when it does not exist. */
function readFolder(path: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (existsSync(path)) for (const name of readdirSync(path).sort()) if (name !== "__pycache__") files[name] = readFileSync(join(path, name), "utf8");
  return files;
}

function readJson(path: string, shown: string): unknown {
  if (!existsSync(path)) throw new ProblemError(shown, "missing");
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ProblemError(shown, `not valid JSON: ${(e as Error).message}`);
  }
}

// ── a cache of checked problems ─────────────────────────────────────────────────────────────────
// Loading the library runs every generate.mjs and checks every value of every test (~20 s for
// sixty problems); the seed, the Worker tests' config and each problems test file load it. A record
// is kept under .runner-cache/ (git-ignored) by the hash of everything it is made from: the
// problem's folder and what its proof covers (proof.ts), the format and this loader.

const CACHE_DIR = [".runner-cache", "problem-records"];
const FORMAT_FILES = ["contracts/problems.ts", "contracts/generated-input.ts", "judge/problem-spec.ts", "problems/lib/load.ts"];

/** null where the root is not a whole checkout (a test's scratch copy of one problem): nothing is cached. */
function recordKeys(root: string): ((slug: string) => string) | null {
  if (!FORMAT_FILES.every((f) => existsSync(join(root, f)))) return null;
  const proof = proofHasher(root);
  const format = createHash("sha256");
  for (const f of FORMAT_FILES) format.update(readFileSync(join(root, f)));
  const formatDigest = format.digest("hex");
  return (slug) => createHash("sha256").update(formatDigest).update(proof(slug)).digest("hex").slice(0, 32);
}

async function cachedRecord(root: string, slug: string, key: string | null, load: () => Promise<ProblemRecord>): Promise<ProblemRecord> {
  if (key === null) return load();
  const dir = join(root, ...CACHE_DIR);
  const path = join(dir, `${slug}-${key}.json`);
  if (existsSync(path)) {
    try {
      return JSON.parse(readFileSync(path, "utf8")) as ProblemRecord;
    } catch {} // half-written by a process that died: made again below
  }
  const record = await load();
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, path); // whole or absent for a reader in another process
  return record;
}
