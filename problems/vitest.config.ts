import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Problem CI: every problem loads and checks, every reference solution is Accepted in its
 * language, every starter compiles and reads every example, and the judge's acceptance tests —
 * all against the real runner (started by the global setup, compile cache kept in .runner-cache/).
 */
export default defineConfig({
  test: {
    name: "problems",
    root: fileURLToPath(new URL(".", import.meta.url)),
    environment: "node",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/runner-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
