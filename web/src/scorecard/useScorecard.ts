/**
 * The panel's state: the server's view (rubric, my card, the others' I may read) and my card as I
 * edit it, saved as a draft or submitted. Edits stay local until saved; `dirty` says so.
 */
import { useCallback, useEffect, useState } from "react";
import type { Citation, Recommendation, Rubric, Scorecard, ScorecardResponse } from "../../../contracts/scorecards";
import { ScorecardApi } from "./scorecard-api";

export interface Draft {
  ratings: Record<string, { rating: number | null; evidence: string }>;
  recommendation: Recommendation | null;
  notes: string;
  citations: Citation[];
}

export function draftOf(rubric: Rubric, card: Scorecard | null): Draft {
  const ratings = Object.fromEntries(rubric.map((c) => {
    const r = card?.ratings.find((x) => x.criterionId === c.id);
    return [c.id, { rating: r?.rating ?? null, evidence: r?.evidence ?? "" }];
  }));
  return { ratings, recommendation: card?.recommendation ?? null, notes: card?.notes ?? "", citations: card?.citations ?? [] };
}

/** The PUT body: only criteria with something said about them. */
function bodyOf(d: Draft, submit: boolean) {
  const ratings = Object.entries(d.ratings).filter(([, r]) => r.rating !== null || r.evidence.trim() !== "").map(([criterionId, r]) => ({ criterionId, ...r }));
  return { ratings, recommendation: d.recommendation, notes: d.notes, citations: d.citations, submit };
}

const REFRESH_MS = 20_000;

export function useScorecard(roomId: string, token?: string) {
  const [view, setView] = useState<ScorecardResponse | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);

  const take = useCallback((v: ScorecardResponse) => {
    setView(v);
    setDraft(draftOf(v.rubric, v.mine));
    setDirty(false);
  }, []);

  const reload = useCallback(() => ScorecardApi.get(roomId, token).then(take, setLoadError), [roomId, token, take]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const edit = useCallback((change: (d: Draft) => Draft) => {
    setDraft((d) => (d ? change(d) : d));
    setDirty(true);
  }, []);

  const save = useCallback(async (submit: boolean) => {
    if (!draft) return;
    take(await ScorecardApi.save(roomId, token, bodyOf(draft, submit)));
  }, [draft, roomId, token, take]);

  /** A rubric that changed under the draft: what was entered for criteria it keeps stays. */
  const rebase = useCallback((rubric: Rubric) => {
    setDraft((d) => (d ? { ...d, ratings: Object.fromEntries(rubric.map((c) => [c.id, d.ratings[c.id] ?? { rating: null, evidence: "" }])) } : d));
  }, []);

  const setRubric = useCallback(async (rubric: Rubric) => {
    const saved = (await ScorecardApi.setRubric(roomId, token, rubric)).rubric;
    setView((v) => (v ? { ...v, rubric: saved } : v));
    rebase(saved);
  }, [roomId, token, rebase]);

  // Others submit (and may change the rubric) meanwhile: the count and cards follow, the draft being edited stays.
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.hidden) return;
      ScorecardApi.get(roomId, token).then((v) => {
        setView((old) => (old ? { ...v, mine: old.mine, canWrite: old.canWrite && v.canWrite } : v));
        rebase(v.rubric);
      }, () => {});
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [roomId, token, rebase]);

  return { view, draft, dirty, loadError, edit, save, reload, setRubric };
}
