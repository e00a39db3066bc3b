// Everything `npm start` and `npm test` need before they run: npm packages, the runner's system
// packages (bubblewrap, toolchains), and the development .dev.vars. Safe to run again.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureNpmPackages } from "./lib/deps.mjs";
import { ensureDevVars } from "./lib/dev-vars.mjs";
import { buildWeb } from "./lib/web.mjs";
import { ensureSeccompFilter } from "../runner-service/seccomp/build.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export function setup() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 3)) {
    throw new Error(`Node ${process.versions.node} is too old: Duet needs Node >= 20.3 (apt-get install nodejs, or nvm install 20)`);
  }
  ensureNpmPackages(ROOT);
  try {
    execFileSync("bash", [join(ROOT, "scripts/install-toolchains.sh")], { stdio: "inherit" });
  } catch {
    throw new Error("the runner sandbox needs bubblewrap: see the command printed above");
  }
  const seccomp = ensureSeccompFilter(); // .runner-cache/seccomp.bpf, rebuilt when its source changes
  if (seccomp.problem) console.warn(`setup: WARNING: ${seccomp.problem}; runs will have no seccomp filter`);
  buildWeb(ROOT);
  return ensureDevVars(ROOT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    setup();
  } catch (e) {
    console.error(`setup: ${e.message}`);
    process.exit(1);
  }
}
