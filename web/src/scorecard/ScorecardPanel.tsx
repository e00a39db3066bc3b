/**
 * An interviewer's scorecard, sealed: rate each criterion of the room's rubric 1–4 with evidence,
 * recommend, write notes and cite moments of the interview, save a draft, submit once. Only after
 * submitting are the other interviewers' submitted cards shown. A reviewer of the team reads the
 * submitted cards only. Mounted in the room (a tab) and on the replay page (with `onSeek`).
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RATINGS, RECOMMENDATIONS } from "../../../contracts/scorecards";
import { Modal } from "../components/Modal";
import { errorMessage } from "../i18n/errors";
import { ApiError } from "../lib/api";
import { CardView } from "./CardView";
import { Citations } from "./Citations";
import { RubricEditor } from "./RubricEditor";
import { useScorecard } from "./useScorecard";
import "./scorecard.css";
import { LockIcon } from "../components/icons";

export interface ScorecardPanelProps {
  roomId: string;
  /** The room session token; omitted, the account cookie speaks (the replay page opened from "Your interviews"). */
  token?: string;
  /** The moment "Cite this moment" cites, ms since the epoch (the record's clock): the replay's scrubbed time; by default now. */
  now?: () => number;
  /** Seeks the replay to a cited moment; without it citations are shown, not links. */
  onSeek?: (t: number) => void;
  /** The record's first moment: citations then read as offsets into the interview (12:34) instead of clock times. */
  startedAt?: number | null;
}

export function ScorecardPanel({ roomId, token, now = Date.now, onSeek, startedAt }: ScorecardPanelProps) {
  const { t } = useTranslation();
  const { view, draft, dirty, loadError, edit, save, setRubric } = useScorecard(roomId, token);
  const [editingRubric, setEditingRubric] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  if (loadError) {
    const forbidden = loadError instanceof ApiError && loadError.status === 403;
    return <div className="scorecard" data-testid="scorecard"><p role="alert">{forbidden ? t("scorecard.forbidden") : errorMessage(loadError)}</p></div>;
  }
  if (!view || !draft) return <div className="scorecard" data-testid="scorecard"><p className="muted">{t("scorecard.loading")}</p></div>;

  const act = async (submit: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await save(submit);
      setStatus(submit ? t("scorecard.submitted") : t("scorecard.saved"));
      setConfirming(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const setRating = (id: string, change: Partial<{ rating: number | null; evidence: string }>) =>
    edit((d) => ({ ...d, ratings: { ...d.ratings, [id]: { ...d.ratings[id], ...change } } }));
  const cite = () => edit((d) => ({ ...d, citations: [...d.citations, { t: Math.round(now()), label: "" }] }));

  return (
    <div className="scorecard" data-testid="scorecard">
      <p className="sr-only" role="status">{status}</p>
      {view.canWrite && editingRubric ? (
        <RubricEditor rubric={view.rubric} hint={t("scorecard.rubricHint")} onCancel={() => setEditingRubric(false)}
          onSave={async (r) => { await setRubric(r); setEditingRubric(false); setStatus(t("scorecard.rubricSaved")); }} />
      ) : view.canWrite ? (
        <form className="scorecard-form" onSubmit={(e) => { e.preventDefault(); setConfirming(true); }}>
          <p className="notes-hint"><LockIcon /> {t("scorecard.draftHint")}</p>
          {!view.rubricLocked && (
            <button type="button" className="btn btn-small scorecard-edit-rubric" onClick={() => setEditingRubric(true)} data-testid="edit-rubric">{t("scorecard.editRubric")}</button>
          )}
          {view.rubric.map((c) => {
            const r = draft.ratings[c.id];
            return (
              <fieldset key={c.id} className="scorecard-criterion" data-testid={`criterion-${c.id}`}>
                <legend>{c.title}</legend>
                {c.description && <p className="muted">{c.description}</p>}
                <div className="scorecard-scale">
                  {RATINGS.map((n) => (
                    <label key={n}>
                      <input type="radio" name={`rating-${c.id}`} value={n} checked={r.rating === n} onChange={() => setRating(c.id, { rating: n })} />
                      {t(`scorecard.ratings.${n}`)}
                    </label>
                  ))}
                  <button type="button" className="btn-link" onClick={() => setRating(c.id, { rating: null })} disabled={r.rating === null}>{t("scorecard.clear")}</button>
                </div>
                <textarea value={r.evidence} onChange={(e) => setRating(c.id, { evidence: e.target.value })} maxLength={2000} rows={2}
                  aria-label={t("scorecard.evidenceFor", { criterion: c.title })} placeholder={t("scorecard.evidencePlaceholder")} />
              </fieldset>
            );
          })}
          <fieldset className="scorecard-criterion">
            <legend>{t("scorecard.recommendation")}</legend>
            <div className="scorecard-scale">
              {RECOMMENDATIONS.map((rec) => (
                <label key={rec}>
                  <input type="radio" name="recommendation" value={rec} checked={draft.recommendation === rec} onChange={() => edit((d) => ({ ...d, recommendation: rec }))} />
                  {t(`scorecard.rec.${rec}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="field"><span>{t("scorecard.notes")}</span>
            <textarea value={draft.notes} onChange={(e) => { const notes = e.target.value; edit((d) => ({ ...d, notes })); }} maxLength={10_000} rows={4} placeholder={t("scorecard.notesPlaceholder")} />
          </label>
          <div className="scorecard-cite">
            <span>{t("scorecard.citations")}</span>
            <button type="button" className="btn btn-small" onClick={cite} data-testid="cite">{t("scorecard.cite")}</button>
          </div>
          <Citations citations={draft.citations} startedAt={startedAt} onSeek={onSeek}
            onLabel={(i, label) => edit((d) => ({ ...d, citations: d.citations.map((c, j) => (j === i ? { ...c, label } : c)) }))}
            onRemove={(i) => edit((d) => ({ ...d, citations: d.citations.filter((_, j) => j !== i) }))} />
          {error && <p className="form-error" role="alert">{error}</p>}
          <div className="scorecard-actions">
            <span className="muted">{dirty ? t("scorecard.unsaved") : view.mine ? t("scorecard.saved") : null}</span>
            <button type="button" className="btn" onClick={() => act(false)} disabled={busy || !dirty} data-testid="save-draft">{t("scorecard.saveDraft")}</button>
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="submit-scorecard">{t("scorecard.submit")}</button>
          </div>
        </form>
      ) : view.mine ? (
        <CardView card={view.mine} rubric={view.rubric} title={t("scorecard.mine")} startedAt={startedAt} onSeek={onSeek} />
      ) : null}
      <section className="scorecard-others" aria-label={t("scorecard.others")}>
        {view.sealed ? (
          <p data-testid="sealed">{t("scorecard.sealed", { count: view.submittedCount })}</p>
        ) : view.others.length === 0 ? (
          <p className="muted">{t("scorecard.noneSubmitted")}</p>
        ) : view.others.map((card) => (
          <CardView key={card.userId} card={card} rubric={view.rubric} title={t("scorecard.byName", { name: card.name })} startedAt={startedAt} onSeek={onSeek} />
        ))}
      </section>
      {confirming && (
        <Modal title={t("scorecard.confirmTitle")} onClose={() => setConfirming(false)} footer={
          <>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>{t("common.cancel")}</button>
            <button type="button" className="btn btn-primary" onClick={() => act(true)} disabled={busy} data-testid="confirm">{t("scorecard.confirm")}</button>
          </>
        }>
          <p>{t("scorecard.confirmText")}</p>
          {error && <p className="form-error" role="alert">{error}</p>}
        </Modal>
      )}
    </div>
  );
}
