import { configDefaults, defineConfig } from "vitest/config";

/**
 * Pure modules' tests in plain Node: contracts/ (plain zod and codecs) and the `*.unit.test.ts`
 * files of the Worker and the Room (codecs, decoders, limits, liveness and timer arithmetic) and the judge's (names), which
 * touch no binding, Durable Object or runtime API. In the workers project each file paid ~3 s of
 * workerd start for milliseconds of test; what needs the runtime stays there.
 */
export default defineConfig({
  test: {
    name: "units",
    environment: "node",
    include: ["contracts/**/*.test.ts", "judge/**/*.unit.test.ts", "worker/**/*.unit.test.ts", "durable-objects/**/*.unit.test.ts"],
    exclude: [...configDefaults.exclude],
    // The fuzzers' 20,000 cases take ~2 s idle and 7 s on a loaded 2-core host: the workers
    // project's timeout, which they had before they moved here, not vitest's 5 s.
    testTimeout: 30_000,
  },
});
