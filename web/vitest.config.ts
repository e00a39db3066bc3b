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
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // Run y-monaco through vitest (not Node) so a test can give it a stand-in for Monaco's API.
    server: { deps: { inline: ["y-monaco"] } },
  },
});
