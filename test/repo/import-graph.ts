/**
 * The repository's import graph, read the way the compiler reads it: static, type-only and
 * dynamic imports, re-exports and `import("…")` types all count. Only relative specifiers are
 * followed (packages are not ours); each edge is resolved to the file it names.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

export interface ImportEdge {
  from: string;
  to: string;
  specifier: string;
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", ".d.ts", "/index.ts", "/index.tsx"];

/** The repo-relative file a relative specifier names, or null when it names nothing on disk. */
export function resolveSpecifier(root: string, fromFile: string, specifier: string): string | null {
  const base = resolve(root, dirname(fromFile), specifier.replace(/\.(js|mjs)$/, ""));
  for (const ext of [...EXTENSIONS, ".js", ".mjs"]) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  const asIs = resolve(root, dirname(fromFile), specifier);
  return existsSync(asIs) && statSync(asIs).isFile() ? relative(root, asIs) : null;
}

/** Every relative import in a source text, type-only and dynamic ones included. */
export function importSpecifiers(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  const found = info.importedFiles.map((f) => f.fileName);
  // preProcessFile skips `import("…")` in type positions; the scanner below catches those too.
  for (const m of source.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.push(m[1]);
  return [...new Set(found)].filter((s) => s.startsWith("."));
}

export function importEdges(root: string, files: string[]): ImportEdge[] {
  return files.flatMap((from) =>
    importSpecifiers(readFileSync(join(root, from), "utf8")).flatMap((specifier) => {
      const to = resolveSpecifier(root, from, specifier);
      return to ? [{ from, to, specifier }] : [];
    }),
  );
}
