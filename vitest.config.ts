import { defineConfig } from "vitest/config";

/** `npm test` runs every project: workers (workerd), units (pure modules in Node), runner (real sandbox), node (wrangler dev + stock clients). */
export default defineConfig({
  test: {
    projects: ["vitest.workers.config.ts", "vitest.units.config.ts", "vitest.runner-pool.config.ts", "runner-service/vitest.config.{ts,mts}", "test/node/vitest.config.{ts,mts}", "web/vitest.config.{ts,mts}", "test/e2e/vitest.config.{ts,mts}", "problems/vitest.config.{ts,mts}", "test/repo/vitest.config.ts", "deploy/vitest.config.ts"],
  },
});
