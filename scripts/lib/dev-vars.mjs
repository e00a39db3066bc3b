// The git-ignored .dev.vars that `wrangler dev` reads: clearly-marked development defaults plus
// secrets generated on this machine. Production never reads this file, and the Worker refuses the
// development token secret whenever DUET_ENV is anything but "development" or "test".
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DEFAULTS = {
  DUET_ENV: () => "development",
  // Runners by URL: the local runner(s) `npm start` starts (there are no containers locally).
  RUNNER_TRANSPORT: () => "urls",
  RUNNER_URL: () => "http://127.0.0.1:8790",
  RUNNER_SECRET: () => randomBytes(24).toString("hex"),
  TOKEN_SECRET: () => randomBytes(32).toString("hex"),
  AUTH_SECRET: () => randomBytes(32).toString("hex"),
};

/** Settings earlier versions wrote that must not survive in an existing checkout, and why. */
const REMOVED = {
  DEV_OPEN_ROOMS: "open rooms no longer exist: every socket needs a token (`npm run dev:token -- <role>` prints one)",
};

/**
 * Returns the dev vars, adding any that are missing (existing values, e.g. secrets, are kept) and
 * removing obsolete ones, saying so.
 */
export function ensureDevVars(root, log = console.log) {
  const file = join(root, ".dev.vars");
  const vars = readDevVars(root);
  let changed = false;
  for (const [key, why] of Object.entries(REMOVED)) {
    if (!(key in vars)) continue;
    delete vars[key];
    changed = true;
    log(`setup: removed ${key} from .dev.vars: ${why}`);
  }
  for (const [key, make] of Object.entries(DEFAULTS)) {
    if (!(key in vars)) {
      vars[key] = make();
      changed = true;
    }
  }
  if (changed) {
    const body = Object.entries(vars).map(([k, v]) => `${k}=${v}`).join("\n");
    writeFileSync(file, `# Development only (written by npm start/test; git-ignored). Never used in production.\n${body}\n`, { mode: 0o600 });
  }
  return vars;
}

/** The dev vars as they are (no writing), e.g. for `npm run dev:token`. */
export function readDevVars(root) {
  const file = join(root, ".dev.vars");
  return existsSync(file) ? parse(readFileSync(file, "utf8")) : {};
}

function parse(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^"(.*)"$/, "$1");
  }
  return out;
}
