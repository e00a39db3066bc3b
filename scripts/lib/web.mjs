// Builds the web app into web/dist, which the Worker serves as static assets. Until web/ has an
// app, writes a placeholder page so that wrangler (which needs the directory) can start.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function buildWeb(root) {
  const dist = join(root, "web", "dist");
  if (!existsSync(join(root, "web", "index.html"))) {
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Duet</title><p>Duet: the web app is not built yet.</p>\n");
    return;
  }
  console.log("setup: building the web app…");
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
}
