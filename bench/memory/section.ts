import { readFileSync, writeFileSync } from "node:fs";

/** Replaces the `## <name>` section of the Markdown file at `path` (up to the next `## `), or appends it. */
export function writeSectionNamed(path: string, name: string, section: string): void {
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${name}`);
  if (start === -1) return writeFileSync(path, `${text.trimEnd()}\n\n${section.trimEnd()}\n`);
  let end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  if (end === -1) end = lines.length;
  writeFileSync(path, [...lines.slice(0, start), ...section.trimEnd().split("\n"), ...(end < lines.length ? ["", ...lines.slice(end)] : [""])].join("\n"));
}
