/**
 * A problem's proof: the hash of everything its verdicts depend on, written to
 * `problems/<slug>/proven.sha256` by a run that proved it (every reference Accepted, every
 * known-wrong solution refused, every starter compiling: problems/lib/prove.ts). The problem CI
 * skips a problem whose proof matches, so a clean clone does not recompile sixty problems in
 * eight languages when none of them changed; any change to the problem's files, the harnesses,
 * the judge or the language manifest changes the hash and the problem is proved again (for an SQL
 * question also the result-set rules and the `sql` run line).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export const PROOF_FILE = "proven.sha256";

/** What every problem's verdicts depend on besides its own folder. */
const SHARED = ["judge", "contracts/languages.ts", "contracts/runner.ts", "contracts/generated-input.ts", "problems/lib/prove.ts", "problems/lib/random.ts", "problems/lib/trees.mjs"];

/**
 * What an SQL question's verdicts depend on besides: the result-set rules the runner applies, and
 * the run-only manifest that holds the `sql` language's run line. Not the other problems': no
 * function problem runs in SQL, so a Ruby edit there must not unprove the library.
 */
const SQL_SHARED = ["contracts/sql-results.ts", "contracts/languages-plain.ts"];

/** Whether `problems/<slug>` is an SQL question: its problem.json's signature kind. */
function isSqlQuestion(root: string, slug: string): boolean {
  const path = join(root, "problems", slug, "problem.json");
  if (!existsSync(path)) return false;
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { signature?: { kind?: unknown } }).signature?.kind === "sql";
  } catch {
    return false; // a malformed problem.json is the loader's to refuse; its own bytes are in the hash
  }
}

/** Files there that no verdict depends on: tests, type-checking settings, docs, Python's bytecode caches (a byte-compile on one machine must not unprove the library). */
const NOT_VERDICTS = /\.test\.ts$|\/test\/|tsconfig\.json$|\.md$|\/__pycache__\//;

/** `slug => hash` for problems under `root`; what they share is read once, when this is called. */
export function proofHasher(root: string): (slug: string) => string {
  const verdictFiles = (paths: string[]) => paths.flatMap((p) => files(root, p)).filter((f) => !NOT_VERDICTS.test(f));
  const shared = digest(root, verdictFiles(SHARED));
  const sqlShared = digest(root, verdictFiles(SQL_SHARED));
  return (slug) => {
    const own = files(root, `problems/${slug}`).filter((f) => !f.endsWith(`/${PROOF_FILE}`));
    const h = createHash("sha256").update(shared);
    if (isSqlQuestion(root, slug)) h.update(sqlShared);
    return h.update(digest(root, own)).digest("hex");
  };
}

export function readProof(root: string, slug: string): string | null {
  const path = join(root, "problems", slug, PROOF_FILE);
  return existsSync(path) ? readFileSync(path, "utf8").trim() : null;
}

export function writeProof(root: string, slug: string, hash: string): void {
  writeFileSync(join(root, "problems", slug, PROOF_FILE), `${hash}\n`);
}

/** Every file under `path` (or `path` itself), as sorted paths relative to `root`. */
function files(root: string, path: string): string[] {
  const abs = join(root, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs)
    .filter((n) => n !== "node_modules")
    .flatMap((n) => files(root, relative(root, join(abs, n))))
    .sort();
}

function digest(root: string, paths: string[]): string {
  const h = createHash("sha256");
  for (const p of paths) h.update(p).update("\0").update(readFileSync(join(root, p))).update("\0");
  return h.digest("hex");
}
