// The web app: builds web/ into web/dist (which the Worker serves as static assets) when anything
// it is built from changed since the last build, and makes sure the headless Chromium that the
// end-to-end tests and the web benchmark drive is installed (Debian's `chromium` package).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export const CHROMIUM = "/usr/bin/chromium";

/** Everything the bundle is built from: web/ (but not its output), contracts/, the lock file. */
function inputs(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "dist" && entry.name !== "node_modules") walk(p);
      } else if (!/\.test\.tsx?$/.test(entry.name)) files.push(p);
    }
  };
  walk(join(root, "web"));
  walk(join(root, "contracts"));
  files.push(join(root, "package-lock.json"));
  return files.sort();
}

export function webSourceHash(root) {
  const h = createHash("sha256");
  for (const f of inputs(root)) h.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

/** Called by scripts/setup.mjs before every `npm start` / `npm test`. */
export function buildWeb(root, { force = false } = {}) {
  try {
    ensureChromium();
  } catch (e) {
    console.warn(`setup: could not install chromium (${e.message}); the end-to-end tests will say so`);
  }
  const dist = join(root, "web", "dist");
  if (!existsSync(join(root, "web", "index.html"))) {
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Duet</title><p>Duet: the web app is not built yet.</p>\n");
    return;
  }
  const stamp = join(dist, ".build-hash");
  const hash = webSourceHash(root);
  if (!force && existsSync(join(dist, "index.html")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  console.log("setup: building the web app…");
  // NODE_ENV pinned: under vitest it is "test", which would bundle React's development build.
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  writeFileSync(stamp, hash);
}

/**
 * Fonts for the interface languages whose scripts Chromium's default fonts lack (Hindi's
 * Devanagari, Simplified Chinese): without them the e2e screenshots show boxes and the i18n
 * layout checks measure the boxes. Small packages; installed when root, like chromium.
 */
const SCRIPT_FONTS = [{ lang: "hi", pkg: "fonts-lohit-deva" }, { lang: "zh-cn", pkg: "fonts-wqy-microhei" }];

function ensureScriptFonts(env) {
  const missing = SCRIPT_FONTS.filter(({ lang }) => {
    try {
      return execFileSync("fc-list", [`:lang=${lang}`, "family"], { encoding: "utf8" }).trim() === "";
    } catch {
      return true;
    }
  }).map((f) => f.pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.warn(`setup: the i18n screenshots need fonts for Hindi and Chinese; install them with:\n  sudo apt-get install ${missing.join(" ")}`);
    return;
  }
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
}

/** Installs Debian's chromium when root (else prints the command); returns whether it is there. */
export function ensureChromium() {
  try {
    ensureScriptFonts({ ...process.env, DEBIAN_FRONTEND: "noninteractive" });
  } catch (e) {
    console.warn(`setup: could not install the fonts for Hindi and Chinese (${e.message})`);
  }
  if (existsSync(CHROMIUM) && statSync(CHROMIUM).isFile()) return true;
  const cmd = "apt-get install -y --no-install-recommends chromium";
  if (process.getuid?.() !== 0) {
    console.warn(`setup: the end-to-end tests need Chromium; install it with:\n  sudo apt-get update && sudo ${cmd}`);
    return false;
  }
  console.log("setup: installing chromium for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  } catch {
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  }
  return existsSync(CHROMIUM);
}
