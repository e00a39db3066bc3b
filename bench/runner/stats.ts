/** Small helpers for the runner bench: timing, medians, percentiles, and the RESULTS.md section. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Replace (or append) the `## Runner` section of RESULTS.md, leaving every other section alone. */
export function writeSection(path: string, heading: string, body: string): void {
  const text = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmark results\n";
  const start = text.indexOf(`\n${heading}\n`);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start < 0) return writeFileSync(path, `${text.trimEnd()}\n\n${section}`);
  const next = text.indexOf("\n## ", start + heading.length + 1);
  const rest = next < 0 ? "" : text.slice(next);
  writeFileSync(path, `${text.slice(0, start + 1)}${section}${rest}`);
}
