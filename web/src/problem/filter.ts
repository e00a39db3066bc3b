/** The picker's filter: by level, by topic, and by words of the title, slug or tags (all must match). */
import type { ProblemSummary } from "../../../contracts/problems";

export interface ProblemFilter {
  text: string;
  /** "" for every level. */
  level: string;
  /** "" for every topic. */
  topic: string;
}

export const NO_FILTER: ProblemFilter = { text: "", level: "", topic: "" };

export function filterProblems(list: readonly ProblemSummary[], f: ProblemFilter): ProblemSummary[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((p) => {
    if (f.level && p.difficulty !== f.level) return false;
    if (f.topic && !p.tags.includes(f.topic)) return false;
    const hay = `${p.title} ${p.slug} ${p.tags.join(" ")}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The topics the list has, most problems first, then by name: what the topic filter offers. */
export function topicsOf(list: readonly ProblemSummary[]): string[] {
  const count = new Map<string, number>();
  for (const p of list) for (const t of p.tags) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a.localeCompare(b));
}
