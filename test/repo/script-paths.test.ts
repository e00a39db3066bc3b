/**
 * The plain `.mjs` scripts (npm start's helpers, dev:token) can't import the TypeScript route
 * table, so they spell their few paths; this holds every `/api/…` path they build to a route of
 * the table, `${…}` standing for a parameter.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases are the scripts' template text, read as plain strings
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../contracts/routes";
import { ROOT, trackedFiles } from "./tracked-files";

/** A table path as a pattern: each `:param` is one segment, whatever it holds. */
function routePattern(path: string): RegExp {
  return new RegExp(`^${path.split(/:[A-Za-z]+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^/]+")}$`);
}

/** Whether a script's path (`${…}` for what it fills in) is a path of the table. */
function inTable(scriptPath: string, tablePaths: string[]): boolean {
  const concrete = scriptPath.replace(/\$\{[^}]*\}/g, "x");
  return tablePaths.some((p) => routePattern(p).test(concrete));
}

/** Every `/api/…` path a script builds in code (string or template literal), comments left out. */
function scriptPaths(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  // A path starts a literal, or follows a `${base}` in a template literal.
  return [...code.matchAll(/(?:["`]|\})(\/api\/[^"`?\s]*)/g)].map((m) => m[1]);
}

describe("paths in the plain scripts", () => {
  const tablePaths = Object.values(ROUTES).map((r) => r.path);

  it("every /api path a script builds is a route of the table", () => {
    const found = trackedFiles(/^scripts\/.*\.mjs$/).flatMap((file) =>
      scriptPaths(readFileSync(join(ROOT, file), "utf8")).map((path) => ({ file, path })),
    );
    expect(found.length).toBeGreaterThanOrEqual(3); // room-api's create and join, dev-token's socket
    const unknown = found.filter(({ path }) => !inTable(path, tablePaths));
    expect(unknown).toEqual([]);
  });

  it("a path the table does not have is caught", () => {
    expect(inTable("/api/rooms/${id}/join", tablePaths)).toBe(true);
    expect(inTable("/api/room/${id}/join", tablePaths)).toBe(false);
    expect(inTable("/api/rooms/${id}/runs/${run}/stop", tablePaths)).toBe(false);
    expect(scriptPaths('// `/api/not/code`\nfetch(`${base}/api/rooms/${r}/code?token=${t}`)')).toEqual(["/api/rooms/${r}/code"]);
  });
});
