// The Debian packages of the languages' toolchains, read from the manifest (contracts/languages.ts,
// each entry's `toolchain.packages`), for scripts/install-toolchains.sh. Plain node: the
// TypeScript manifest is imported through tsx.
//   node scripts/lib/toolchain-packages.mjs            every language's packages, one a line
//   node scripts/lib/toolchain-packages.mjs --missing  only those of languages this host lacks
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Per language: its packages, and whether this host has every path it requires. */
export async function toolchains() {
  const { tsImport } = await import("tsx/esm/api");
  const { LANGUAGE_DECLARATIONS } = await tsImport(new URL("../../contracts/languages.ts", import.meta.url).href, import.meta.url);
  return LANGUAGE_DECLARATIONS.map((l) => ({
    id: l.id,
    packages: l.toolchain.packages,
    // /opt/duet/* are the runner's own node and esbuild, bound into the sandbox: nothing to install.
    present: l.requires.filter((p) => !p.startsWith("/opt/duet/")).every((p) => existsSync(p)),
  }));
}

/** The packages to install, sorted, each once. */
export function packagesOf(list) {
  return [...new Set(list.flatMap((t) => t.packages))].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = await toolchains();
  const wanted = process.argv.includes("--missing") ? list.filter((t) => !t.present) : list;
  for (const p of packagesOf(wanted)) console.log(p);
}
