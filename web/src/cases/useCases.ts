/**
 * The test-case panel's state for the problem on the table: its detail (signature, examples, time
 * limit) from GET /api/problems/:slug and this participant's cases, started from the examples and
 * started afresh when the interviewer picks another problem. Each participant edits their own.
 */
import { useEffect, useState } from "react";
import type { ProblemDetail } from "../../../contracts/problems";
import { Api } from "../lib/api";
import { type CaseDraft, draftsFromExamples } from "./case-drafts";

export interface Cases {
  problem: ProblemDetail;
  drafts: CaseDraft[];
  setDrafts(drafts: CaseDraft[]): void;
}

export function useCases(slug: string | null): Cases | null {
  const [loaded, setLoaded] = useState<{ problem: ProblemDetail; drafts: CaseDraft[] } | null>(null);
  useEffect(() => {
    setLoaded(null);
    if (!slug) return;
    let live = true;
    Api.problem(slug).then(
      (problem) => live && setLoaded({ problem, drafts: draftsFromExamples(problem) }),
      () => undefined, // the problem panel says why it could not load; Run then judges the examples as the server has them
    );
    return () => {
      live = false;
    };
  }, [slug]);
  if (!loaded || loaded.problem.slug !== slug) return null;
  return { problem: loaded.problem, drafts: loaded.drafts, setDrafts: (drafts) => setLoaded({ problem: loaded.problem, drafts }) };
}
