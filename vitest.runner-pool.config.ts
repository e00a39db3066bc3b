import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { workerdDeps } from "./worker/test/prebundled-deps";

/** The Worker's vars: a test deployment whose runs go to the three runners of the global setup. */
async function poolVars(inject: <K extends "poolRunnerUrls" | "poolRunnerSecret" | "poolControl">(key: K) => import("vitest").ProvidedContext[K]) {
  return {
    RUNNER_TRANSPORT: "urls",
    RUNNER_URLS: inject("poolRunnerUrls").join(","),
    RUNNER_SECRET: inject("poolRunnerSecret"),
    TEST_POOL_CONTROL: inject("poolControl"),
    DUET_ENV: "test",
    TOKEN_SECRET: "test-only-token-secret-0123456789abcdef",
    AUTH_SECRET: "test-only-auth-secret-0123456789abcdef",
    // One local client and tenant: limits out of the tests' way (runs per person and room still apply).
    RATE_ROOM_CREATES_PER_MINUTE: "100000",
    RATE_SOCKET_CONNECTS_PER_MINUTE: "100000",
    RUNS_ROOMS_PER_TENANT: "100",
    TEST_MIGRATIONS: await readD1Migrations("migrations"),
  };
}

/**
 * The Room over a pool of three real runners (RUNNER_URLS), started by
 * worker/test/pool/runner-pool-global-setup.ts: a workerd project of its own, since the Room reads
 * its runners from its bindings and the other workers tests keep their one runner.
 */
export default defineConfig({
  plugins: [cloudflareTest(async ({ inject }) => ({ wrangler: { configPath: "./wrangler.toml" }, miniflare: { bindings: await poolVars(inject) } }))],
  test: {
    name: "runner-pool",
    include: ["worker/test/pool/**/*.test.ts"],
    setupFiles: ["worker/test/apply-migrations.ts"],
    deps: workerdDeps,
    globalSetup: ["worker/test/pool/runner-pool-global-setup.ts"],
    testTimeout: 30_000,
  },
});
