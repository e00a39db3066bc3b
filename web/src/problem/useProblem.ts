/**
 * The room's problem (GET /api/problems/:slug), fetched once per slug and shared by every part of
 * the room that needs it: the statement, the starter-code actions and the mismatch explanation.
 */
import { useEffect, useState } from "react";
import { errorMessage } from "../i18n/errors";
import { Api, ApiError, type Problem } from "../lib/api";

export type ProblemLoad = { state: "loading" } | { state: "ready"; problem: Problem } | { state: "error"; message: string; missing: boolean };

const cache = new Map<string, Promise<Problem>>();

function load(slug: string): Promise<Problem> {
  let p = cache.get(slug);
  if (!p) {
    p = Api.problem(slug);
    // A failed fetch is not kept: the next look tries again.
    p.catch(() => cache.delete(slug));
    cache.set(slug, p);
  }
  return p;
}

/** null while no problem is on the table. */
export function useProblem(slug: string | null): ProblemLoad | null {
  const [result, setResult] = useState<{ slug: string; load: ProblemLoad } | null>(null);
  useEffect(() => {
    if (slug === null) return;
    let live = true;
    setResult({ slug, load: { state: "loading" } });
    load(slug).then(
      (problem) => live && setResult({ slug, load: { state: "ready", problem } }),
      (e: unknown) => live && setResult({ slug, load: { state: "error", message: errorMessage(e), missing: e instanceof ApiError && e.status === 404 } }),
    );
    return () => {
      live = false;
    };
  }, [slug]);
  if (slug === null) return null;
  return result?.slug === slug ? result.load : { state: "loading" };
}

/** The problem once it is loaded, else null. */
export function useLoadedProblem(slug: string | null): Problem | null {
  const load = useProblem(slug);
  return load?.state === "ready" ? load.problem : null;
}
