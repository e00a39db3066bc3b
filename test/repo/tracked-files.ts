/** The repository's tracked files (what a clean clone has), relative to its root. */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function trackedFiles(pattern: RegExp): string[] {
  const all = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
  return all.split("\0").filter((f) => f && pattern.test(f));
}
