/**
 * Editing a rubric: criteria with a title and an optional description, added, removed, reordered
 * by removing and adding. Used for a room's rubric (before the first card is submitted) and an
 * organisation's default; existing criteria keep their ids, so drafts' ratings stay with them.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_CRITERIA, type Rubric } from "../../../contracts/scorecards";
import { errorMessage } from "../i18n/errors";

/** A new criterion's id: unique in the rubric, of the contract's alphabet. */
function newId(rubric: Rubric): string {
  for (let n = rubric.length + 1; ; n++) if (!rubric.some((c) => c.id === `c${n}`)) return `c${n}`;
}

export function RubricEditor({ rubric, hint, onSave, onCancel }: { rubric: Rubric; hint: string; onSave(r: Rubric): Promise<unknown>; onCancel(): void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(rubric.map((c) => ({ ...c, description: c.description ?? "" })));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (i: number, patch: Partial<(typeof rows)[number]>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(rows.map(({ id, title, description }) => (description.trim() ? { id, title, description } : { id, title })));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <div className="scorecard-rubric" data-testid="rubric-editor">
      <p className="muted">{hint}</p>
      {rows.map((r, i) => (
        <fieldset key={r.id} className="scorecard-criterion">
          <legend>{t("scorecard.criterionN", { n: i + 1 })}</legend>
          <input value={r.title} onChange={(e) => change(i, { title: e.target.value })} maxLength={80} required aria-label={t("scorecard.criterionTitle", { n: i + 1 })} />
          <input value={r.description} onChange={(e) => change(i, { description: e.target.value })} maxLength={500} aria-label={t("scorecard.criterionDescription", { n: i + 1 })} placeholder={t("scorecard.criterionDescriptionPlaceholder")} />
          <button type="button" className="btn-link" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} disabled={rows.length <= 1}>
            {t("scorecard.removeCriterion", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="scorecard-actions">
        <button type="button" className="btn btn-small" onClick={() => setRows((rs) => [...rs, { id: newId(rs), title: "", description: "" }])} disabled={rows.length >= MAX_CRITERIA}>
          {t("scorecard.addCriterion")}
        </button>
        <button type="button" className="btn" onClick={onCancel}>{t("common.cancel")}</button>
        <button type="button" className="btn btn-primary" onClick={save} disabled={busy || rows.some((r) => !r.title.trim())} data-testid="save-rubric">{t("scorecard.saveRubric")}</button>
      </div>
    </div>
  );
}
