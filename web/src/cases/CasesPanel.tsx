/**
 * The test-case panel (LeetCode's "Testcase"): the problem's examples as editable cases, cases added
 * and removed, each argument by name as JSON, checked against the signature as it is typed. Run
 * judges these cases; edited and added ones get their expected output from the reference solution.
 * Shows the limits each case runs under in the room's language.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { limitsFor } from "../../../contracts/judge-limits";
import type { JudgedLanguageId } from "../../../contracts/languages";
import type { ProblemDetail } from "../../../contracts/problems";
import { MAX_CUSTOM_CASES } from "../../../contracts/room-state";
import { inputFields } from "../../../contracts/value-check";
import { useFormat } from "../i18n/format";
import { type CaseDraft, draftsFromExamples, fieldErrors, newDraft } from "./case-drafts";
import { limitsText } from "./limits-text";
import "./cases.css";

interface Props {
  problem: Pick<ProblemDetail, "signature" | "examples" | "timeLimitMs">;
  language: JudgedLanguageId;
  drafts: CaseDraft[];
  setDrafts(drafts: CaseDraft[]): void;
  readOnly?: boolean;
}

export function CasesPanel({ problem, language, drafts, setDrafts, readOnly = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [selected, setSelected] = useState(0);
  const at = Math.min(selected, drafts.length - 1);
  const current = drafts[at];
  const sig = problem.signature;
  const limits = limitsFor(problem.timeLimitMs, language);
  const edit = (name: string, value: string) => setDrafts(drafts.map((d, i) => (i === at ? { ...d, values: { ...d.values, [name]: value } } : d)));
  const remove = (index: number) => {
    setDrafts(drafts.filter((_, i) => i !== index));
    setSelected(Math.max(0, index <= at ? at - 1 : at));
  };
  const add = () => {
    setDrafts([...drafts, newDraft(sig, current)]);
    setSelected(drafts.length);
  };
  const errors = current ? fieldErrors(sig, current) : {};
  return (
    <div className="cases" data-testid="cases-panel">
      <div className="case-picker">
        {drafts.map((d, i) => {
          const bad = Object.keys(fieldErrors(sig, d)).length > 0;
          return (
            <span key={d.key} className={`case-chip${i === at ? " selected" : ""}${bad ? " invalid" : ""}`}>
              <button type="button" className="case-select" aria-pressed={i === at} onClick={() => setSelected(i)}>
                {t("cases.case", { n: format.number(i + 1) })}
              </button>
              {!readOnly && (
                <button type="button" className="case-remove" aria-label={t("cases.remove", { n: format.number(i + 1) })} onClick={() => remove(i)}>×</button>
              )}
            </span>
          );
        })}
        {!readOnly && drafts.length < problem.examples.length + MAX_CUSTOM_CASES && (
          <button type="button" className="btn btn-small" data-testid="case-add" onClick={add}>{t("cases.add")}</button>
        )}
        {!readOnly && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => (setDrafts(draftsFromExamples(problem)), setSelected(0))}>{t("cases.reset")}</button>
        )}
      </div>
      {current ? (
        <div className="case-fields">
          {inputFields(sig).map((p) => {
            const id = `case-${current.key}-${p.name}`;
            const error = errors[p.name];
            return (
              <div key={p.name} className="case-field">
                <label htmlFor={id}><span translate="no">{p.name}</span> <span className="param-type" translate="no">{p.type}</span></label>
                <textarea
                  id={id}
                  className="case-value"
                  rows={1}
                  spellCheck={false}
                  readOnly={readOnly}
                  value={current.values[p.name] ?? ""}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) => edit(p.name, e.target.value)}
                />
                {error && (
                  <p id={`${id}-error`} className="field-error" role="alert">
                    {error === "json" ? t("cases.notJson") : t("cases.wrongType", { type: p.type })}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      ) : (
        <p className="panel-empty small">{t("cases.none")}</p>
      )}
      <p className="case-limits">{t("cases.limits", limitsText(format, limits))}</p>
      <p className="case-hint">{t("cases.hint")}</p>
    </div>
  );
}
