import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The deployment's own checks: every Kubernetes manifest against the API schemas, and the pod's
 * seccomp profile loaded for real (libseccomp) around a local runner whose smoke runs pass.
 */
export default defineConfig({
  test: {
    name: "deploy",
    root: fileURLToPath(new URL(".", import.meta.url)),
    environment: "node",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
