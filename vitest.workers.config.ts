import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { configDefaults, defineConfig } from "vitest/config";
import { workerdDeps } from "./worker/test/prebundled-deps";

// Read once per run: the options below are built again for every test file's workerd.
const MIGRATIONS = await readD1Migrations("migrations");

/** Worker and Room tests inside workerd, with the real Durable Objects, their SQLite, and a local D1. */
export default defineConfig({
  plugins: [
    cloudflareTest(async ({ inject }) => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          DUET_ENV: "test",
          TOKEN_SECRET: "test-only-token-secret-0123456789abcdef",
          AUTH_SECRET: "test-only-auth-secret-0123456789abcdef",
          RATE_SIGN_INS_PER_MINUTE: "100000",
          MAX_MESSAGE_BYTES: String(1024 * 1024),
          // Outside production every client shares one rate-limit bucket (worker/client-address.ts),
          // so the whole suite is one client here; worker/test/rate-limit.test.ts lowers them per request.
          RATE_SOCKET_CONNECTS_PER_MINUTE: "100000",
          RATE_ROOM_CREATES_PER_MINUTE: "100000",
          RATE_CLIENT_ERRORS_PER_MINUTE: "100000", // the route fuzzer sends hundreds; worker/test/operations.test.ts lowers it
          // Every test client is one local tenant: room above the runner's own 2 + 2 places, so the
          // runner's 429 is what a flood meets (the cap itself: durable-objects/room/runs/tenant-runs.test.ts)
          RUNS_ROOMS_PER_TENANT: "6",
          TEST_MIGRATIONS: MIGRATIONS,
          // The problem library's seed, fetched by the tests that need problems (worker/test/seed.ts)
          TEST_PROBLEM_SEED_URL: inject("problemSeedUrl"),
          // The real runner, started by worker/test/runner-global-setup.ts (by URL: no containers here)
          RUNNER_TRANSPORT: "urls",
          RUNNER_URL: inject("runnerUrl"),
          RUNNER_SECRET: inject("runnerSecret"),
          TEST_RUNNER_CONTROL: inject("runnerControl"),
          // The organisations' webhooks: a local receiver (worker/test/webhook-receiver-global-setup.ts),
          // retried 10 ms, 40 ms, 200 ms, … after a failure instead of 30 s, 2 min, 10 min, …
          TEST_WEBHOOK_RECEIVER: inject("webhookReceiverUrl"),
          WEBHOOK_RETRY_BASE_MS: "10",
          // A local Cloudflare Access team's keys, served by worker/test/jwks-global-setup.ts
          TEST_CF_ACCESS_TEAM_DOMAIN: inject("cfAccessTeamDomain"),
          TEST_CF_ACCESS_SIGNING_KEY: inject("cfAccessSigningKey"),
        },
        // A fake RUNNER_CONTAINER whose instances forward to the real runner above (no Cloudflare
        // Container runs here): a room's test hook points its runs at it (worker/test/container-transport.test.ts).
        durableObjects: { TEST_RUNNER_CONTAINER: { className: "FakeRunnerContainer", scriptName: "fake-runner-container" } },
        workers: [{
          name: "fake-runner-container", modules: true, scriptPath: "worker/test/fake-runner-container.mjs", compatibilityDate: "2026-04-20",
          bindings: { RUNNER_URL: inject("runnerUrl") }, durableObjects: { FAKE_RUNNER_CONTAINER: "FakeRunnerContainer" },
        }],
      },
    })),
  ],
  test: {
    name: "workers",
    include: ["worker/**/*.test.ts", "durable-objects/**/*.test.ts"],
    // The runner pool's tests have their own project and runners (vitest.runner-pool.config.ts);
    // pure modules' tests (*.unit.test.ts, contracts/) run in Node (vitest.units.config.ts).
    exclude: [...configDefaults.exclude, "worker/test/pool/**", "**/*.unit.test.ts"],
    setupFiles: ["worker/test/apply-migrations.ts"],
    deps: workerdDeps,
    globalSetup: ["worker/test/runner-global-setup.ts", "worker/test/jwks-global-setup.ts", "worker/test/webhook-receiver-global-setup.ts", "worker/test/seed-global-setup.ts"],
    testTimeout: 30_000,
  },
});
