/** An organisation's default rubric, for its admins: the criteria its interviews are scored on unless a room sets its own. */
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_RUBRIC, type Rubric } from "../../../contracts/scorecards";
import { OrgApi } from "../org/org-api";
import { useLoad } from "../org/useLoad";
import { RubricEditor } from "./RubricEditor";

export function OrgRubric({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(useCallback(() => OrgApi.settings(orgId), [orgId]));
  const [editing, setEditing] = useState(false);
  const save = async (defaultRubric: Rubric | null) => {
    await OrgApi.updateSettings(orgId, { defaultRubric });
    await reload();
    setEditing(false);
  };
  const rubric = data?.defaultRubric ?? DEFAULT_RUBRIC;
  return (
    <section className="card org-section" aria-labelledby="rubric-title" data-testid="org-rubric">
      <h2 id="rubric-title">{t("scorecard.orgRubricTitle")}</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      {data && (editing ? (
        <RubricEditor rubric={rubric} hint={t("scorecard.orgRubricHint")} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <p className="muted">{data.defaultRubric ? t("scorecard.orgRubricOwn") : t("scorecard.orgRubricDuet")}</p>
          {/* The criteria are the team's own words (or Duet's default until they write theirs): content, not the interface. */}
          <ol data-testid="org-rubric-criteria" translate="no">{rubric.map((c) => <li key={c.id}><strong>{c.title}</strong>{c.description ? ` — ${c.description}` : ""}</li>)}</ol>
          <div className="scorecard-actions">
            {data.defaultRubric && <button type="button" className="btn" onClick={() => save(null)}>{t("scorecard.orgRubricReset")}</button>}
            <button type="button" className="btn btn-primary" onClick={() => setEditing(true)} data-testid="edit-org-rubric">{t("scorecard.editRubric")}</button>
          </div>
        </>
      ))}
    </section>
  );
}
