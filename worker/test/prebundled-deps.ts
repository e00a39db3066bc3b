/**
 * The Worker's npm dependencies, pre-bundled once per run for the workerd test projects
 * (vitest.workers.config.ts, vitest.runner-pool.config.ts).
 *
 * Why: `cloudflare:test` imports the Worker's main module, and every test file gets a fresh
 * workerd, so without this each file fetched and evaluated ~1,350 modules one by one over the
 * pool's module runner (kysely alone is 263, drizzle 111, better-auth ~170, zod 95): about 3 s of
 * CPU per file, over 100 files. Pre-bundled, the same graph is ~50 chunks plus our own sources.
 *
 * A dependency missing from this list still works (it is loaded module by module, as before);
 * list the specifiers the Worker and the workerd tests import.
 */
export const PREBUNDLED_DEPS = [
  "hono", "hono/body-limit", "hono/cookie", "hono/utils/http-status",
  "zod", "jose", "yjs", "y-protocols/sync", "lib0/encoding", "lib0/decoding",
  "drizzle-orm", "drizzle-orm/d1", "drizzle-orm/sqlite-core",
  "better-auth", "better-auth/api", "better-auth/cookies", "better-auth/oauth2", "better-auth/adapters/drizzle",
  "@better-auth/core/api", "@better-auth/core/oauth2", "@better-auth/core/social-providers", "@better-auth/passkey",
  "@cloudflare/containers", "fast-check",
];

/** vitest's `deps` for a workerd project: the list above bundled for the server side. */
export const workerdDeps = {
  optimizer: {
    ssr: {
      enabled: true,
      include: PREBUNDLED_DEPS,
      // Provided by workerd itself (nodejs_compat, the cloudflare: modules), never bundled.
      rolldownOptions: { external: [/^node:/, /^cloudflare:/] },
    },
  },
};
