import { defineConfig } from "vitest/config";

/** Node-side tests against the real product: `wrangler dev` started once by the global setup. */
export default defineConfig({
  test: {
    name: "node",
    environment: "node",
    include: ["**/*.test.ts"],
    globalSetup: ["./global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
