import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

/** Worker and Room tests inside workerd, with the real Durable Object and its SQLite storage. */
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: { bindings: { DUET_ENV: "test", DEV_OPEN_ROOMS: "1", MAX_MESSAGE_BYTES: String(1024 * 1024) } },
    }),
  ],
  test: {
    name: "workers",
    include: ["worker/**/*.test.ts", "durable-objects/**/*.test.ts", "contracts/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
