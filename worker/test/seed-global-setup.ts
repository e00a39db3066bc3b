/**
 * The problem library's seed (SQL statements, ~25 MB), made once per run and served on loopback:
 * as a binding it was copied into every test file's workerd, ~1.2 s of each file's start whether
 * the file used it or not; now only the files that seed fetch it (worker/test/seed.ts).
 */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helper shared with the start script
import { seedStatements } from "../../scripts/lib/seed-problems.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    problemSeedUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const body = JSON.stringify(await seedStatements(fileURLToPath(new URL("../..", import.meta.url))));
  const server = createServer((req, res) => {
    if (req.url !== "/seed") {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("Content-Type", "application/json");
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  project.provide("problemSeedUrl", `http://127.0.0.1:${port}/seed`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
