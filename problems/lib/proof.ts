/**
 * A problem's proof: the hash of everything its verdicts depend on, written to
 * `problems/<slug>/proven.sha256` by a run that proved it (every reference Accepted, every
 * known-wrong solution refused, every starter compiling: problems/lib/prove.ts). The problem CI
 * skips a problem whose proof matches, so a clean clone does not recompile sixty problems in
 * eight languages when none of them changed; any change to the problem's files, the harnesses,
 * the judge or the language manifest changes the hash and the problem is proved again.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export const PROOF_FILE = "proven.sha256";

/** What every problem's verdicts depend on besides its own folder. */
const SHARED = ["judge", "contracts/languages.ts", "contracts/runner.ts", "contracts/generated-input.ts", "problems/lib/prove.ts", "problems/lib/random.ts", "problems/lib/trees.mjs"];

/** Files there that no verdict depends on: tests, type-checking settings, docs, Python's bytecode caches (a byte-compile on one machine must not unprove the library). */
const NOT_VERDICTS = /\.test\.ts$|\/test\/|tsconfig\.json$|\.md$|\/__pycache__\//;

/** `slug => hash` for problems under `root`; what they share is read once, when this is called. */
export function proofHasher(root: string): (slug: string) => string {
  const shared = digest(root, SHARED.flatMap((p) => files(root, p)).filter((f) => !NOT_VERDICTS.test(f)));
  return (slug) => {
    const own = files(root, `problems/${slug}`).filter((f) => !f.endsWith(`/${PROOF_FILE}`));
    return createHash("sha256").update(shared).update(digest(root, own)).digest("hex");
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
