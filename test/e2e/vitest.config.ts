import { defineConfig } from "vitest/config";

/**
 * End-to-end: the real product (wrangler dev + the runner, started by the global setup) driven
 * through headless Debian Chromium with playwright-core. One browser, two contexts, in sequence.
 */
export default defineConfig({
  test: {
    name: "e2e",
    environment: "node",
    include: ["**/*.e2e.test.ts"],
    globalSetup: ["./global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
