/**
 * The picker's preview: the problem exactly as the candidate will read it (ProblemView, from
 * GET /api/problems/:slug), with its level, usual minutes and when this interviewer last used it,
 * before anything changes in the room. Putting it on the table is its own button; Escape closes.
 */
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { ProblemSummary } from "../lib/api";
import { ProblemView } from "./ProblemView";
import { usedWhen } from "./recent";
import { useProblem } from "./useProblem";

interface Props {
  slug: string;
  /** The library's line for it, while its statement loads. */
  summary: ProblemSummary | undefined;
  /** When this interviewer last put it on the table, if lately. */
  usedAt: number | undefined;
  busy: boolean;
  onPut(): void;
  onClose(): void;
}

export function ProblemPreview({ slug, summary, usedAt, busy, onPut, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const load = useProblem(slug);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.stopPropagation();
    onClose();
  };
  const facts = [
    summary && t(`problem.difficulty.${summary.difficulty}`),
    summary && t("picker.minutes", { minutes: summary.expectedMinutes }),
    usedAt !== undefined && t("picker.used", { when: usedWhen(fmt, usedAt) }),
  ].filter(Boolean);
  return (
    <section className="problem-preview" aria-label={t("picker.preview", { title: summary?.title ?? slug })} data-testid="problem-preview" onKeyDown={onKeyDown}>
      <p className="problem-preview-note">{t("picker.previewNote")}</p>
      {facts.length > 0 && <p className="problem-preview-facts" data-testid="problem-preview-facts">{facts.join(" · ")}</p>}
      <div className="problem-choice-actions">
        <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={onPut}>{t("picker.put")}</button>
        <button type="button" className="btn btn-small" onClick={onClose}>{t("picker.closePreview")}</button>
      </div>
      {load?.state === "ready" && <ProblemView problem={load.problem} />}
      {load?.state === "loading" && <div aria-busy="true"><div className="skeleton w60" /><div className="skeleton" /></div>}
      {load?.state === "error" && <p className="form-error" role="alert">{load.message}</p>}
    </section>
  );
}
