import { applyD1Migrations, env, type D1Migration } from "cloudflare:test";

// The migrations come in as a test-only binding (vitest.workers.config.ts). Idempotent.
const { TEST_MIGRATIONS } = env as unknown as { TEST_MIGRATIONS: D1Migration[] };
await applyD1Migrations(env.DB, TEST_MIGRATIONS);
