// Installs npm packages when node_modules is missing or older than package-lock.json.
// Uses only Node built-ins: it runs before any package is there.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function ensureNpmPackages(root) {
  const lock = join(root, "package-lock.json");
  const stamp = join(root, "node_modules", ".duet-lock-hash");
  const hash = createHash("sha256").update(readFileSync(lock)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  console.log("setup: installing npm packages (npm ci)…");
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  writeFileSync(stamp, hash);
}
