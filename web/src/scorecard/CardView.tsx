/** A scorecard as others read it (and as its author reads it once submitted): never editable. */
import { useTranslation } from "react-i18next";
import type { Rubric, Scorecard } from "../../../contracts/scorecards";
import { useFormat } from "../i18n/format";
import { Citations } from "./Citations";

export function CardView({ card, rubric, title, startedAt, onSeek }: {
  card: Scorecard; rubric: Rubric; title: string; startedAt?: number | null; onSeek?: (t: number) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rated = rubric.map((c) => ({ c, r: card.ratings.find((x) => x.criterionId === c.id) })).filter(({ r }) => r && (r.rating !== null || r.evidence));
  return (
    <article className="scorecard-card" data-testid="scorecard-card" data-user={card.userId}>
      <h3><bdi>{title}</bdi></h3>
      {card.submittedAt !== null && <p className="muted">{t("scorecard.submittedAt", { at: fmt.dateTime(card.submittedAt) })}</p>}
      {card.blank ? <p data-testid="blank-card">{t("scorecard.blank")}</p> : (
        <>
          <p><strong>{t("scorecard.recommendation")}</strong>{" "}
            <span data-testid="card-recommendation">{card.recommendation ? t(`scorecard.rec.${card.recommendation}`) : t("scorecard.noRecommendation")}</span>
          </p>
          {rated.length > 0 && (
            <dl className="scorecard-ratings">
              {rated.map(({ c, r }) => (
                <div key={c.id}>
                  <dt>{c.title}</dt>
                  <dd>{r?.rating ? t(`scorecard.ratings.${r.rating as 1 | 2 | 3 | 4}`) : t("scorecard.notRated")}{r?.evidence ? <p className="scorecard-evidence">{r.evidence}</p> : null}</dd>
                </div>
              ))}
            </dl>
          )}
          {card.notes && <p className="scorecard-notes">{card.notes}</p>}
          <Citations citations={card.citations} startedAt={startedAt} onSeek={onSeek} />
        </>
      )}
    </article>
  );
}
