import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Component tests: the panels and the language switch, in happy-dom, with real Yjs docs. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  test: {
    name: "web",
    environment: "happy-dom",
    // Worker threads, not vitest's default child processes: files run one at a time on CI's two
    // cores, and a fresh process per file (~50 files) cost ~40 s of wall here for nothing these
    // tests need (no process.chdir, no native addons).
    pool: "threads",
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // Run y-monaco through vitest (not Node) so a test can give it a stand-in for Monaco's API.
    server: { deps: { inline: ["y-monaco"] } },
  },
});
