/**
 * The problems this interviewer put on the table lately (GET /api/me/recent-problems), by slug, with
 * when. Nobody signed in, an older Worker or a failed call: no marks, and the picker works as before.
 */
import { useEffect, useState } from "react";
import type { Formatter } from "../i18n/format";
import { Api } from "../lib/api";

export type RecentPicks = ReadonlyMap<string, number>;

export function useRecentProblems(): RecentPicks {
  const [recent, setRecent] = useState<RecentPicks>(new Map());
  useEffect(() => {
    let live = true;
    Api.recentProblems().then(
      (r) => live && setRecent(new Map((r.recent ?? []).map((p) => [p.slug, p.pickedAt]))),
      () => {}, // the marks are a help, not the picker's job: it works without them
    );
    return () => {
      live = false;
    };
  }, []);
  return recent;
}

/** "3 days ago"; a pick of the last minute reads "1 minute ago", not "used now". */
export function usedWhen(fmt: Formatter, at: number, now = Date.now()): string {
  return fmt.relative(Math.min(at, now - 60_000), now);
}
