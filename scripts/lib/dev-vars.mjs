// The git-ignored .dev.vars that `wrangler dev` reads: clearly-marked development defaults plus
// secrets generated on this machine. Production never reads this file, and the Worker refuses
// DEV_* settings when DUET_ENV is "production".
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DEFAULTS = {
  DUET_ENV: () => "development",
  DEV_OPEN_ROOMS: () => "1",
  RUNNER_URL: () => "http://127.0.0.1:8790",
  RUNNER_SECRET: () => randomBytes(24).toString("hex"),
  TOKEN_SECRET: () => randomBytes(32).toString("hex"),
};

/** Returns the dev vars, adding any that are missing (existing values, e.g. secrets, are kept). */
export function ensureDevVars(root) {
  const file = join(root, ".dev.vars");
  const vars = existsSync(file) ? parse(readFileSync(file, "utf8")) : {};
  let changed = false;
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

function parse(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^"(.*)"$/, "$1");
  }
  return out;
}
