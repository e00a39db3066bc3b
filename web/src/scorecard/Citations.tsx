/** Cited moments of the interview: each a link that seeks the replay (when there is one) and what the interviewer said of it. */
import { useTranslation } from "react-i18next";
import type { Citation } from "../../../contracts/scorecards";
import { useFormat } from "../i18n/format";
import { momentText } from "./moment";

export function Citations({ citations, startedAt, onSeek, onLabel, onRemove }: {
  citations: Citation[];
  startedAt?: number | null;
  onSeek?: (t: number) => void;
  /** Editing: the label of citation i changed; without it the list is read-only. */
  onLabel?: (i: number, label: string) => void;
  onRemove?: (i: number) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (citations.length === 0) return null;
  return (
    <ul className="scorecard-citations">
      {citations.map((c, i) => {
        const at = momentText(fmt, c.t, startedAt);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: two citations may share a moment; the list is edited in place
          <li key={i} data-testid="citation">
            {onSeek ? (
              <button type="button" className="btn-link scorecard-moment" onClick={() => onSeek(c.t)} aria-label={t("scorecard.seek", { at })}>{at}</button>
            ) : <span className="scorecard-moment">{at}</span>}
            {onLabel ? (
              <>
                <input value={c.label} onChange={(e) => onLabel(i, e.target.value)} maxLength={500} aria-label={t("scorecard.citeLabel", { at })} placeholder={t("scorecard.citePlaceholder")} />
                <button type="button" className="btn btn-small" onClick={() => onRemove?.(i)} aria-label={t("scorecard.removeCitation", { at })}>×</button>
              </>
            ) : <span>{c.label}</span>}
          </li>
        );
      })}
    </ul>
  );
}
