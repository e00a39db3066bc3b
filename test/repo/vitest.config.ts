import { defineConfig } from "vitest/config";

/** Checks on the repository itself (its import graph, what the type-checker covers): plain Node, no servers. */
export default defineConfig({
  test: {
    name: "repo",
    environment: "node",
    include: ["**/*.test.ts"],
    testTimeout: 60_000,
  },
});
