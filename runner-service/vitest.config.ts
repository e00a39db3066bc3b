import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The runner's tests run against the real sandbox (bubblewrap, cgroups) on this host. */
export default defineConfig({
  test: {
    name: "runner",
    root: fileURLToPath(new URL(".", import.meta.url)),
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Installs bubblewrap and missing toolchains when run as root on Debian/Ubuntu.
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
