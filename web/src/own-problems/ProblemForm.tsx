/**
 * The form for a problem of one's own: what the candidate reads (title, level, statement,
 * examples), the signature the starters are built from, the hidden tests and a reference solution.
 * Saving makes a new version, which the runner then checks (the list shows how that went).
 */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { JUDGED_LANGUAGE_IDS, LANGUAGES_BY_ID, type JudgedLanguageId } from "../../../contracts/languages";
import { OWN_PROBLEM_LIMITS, type OwnProblemDraft } from "../../../contracts/own-problems";
import { DIFFICULTIES, TOPICS, VALUE_TYPES, type ValueType } from "../../../contracts/problems";
import { errorMessage } from "../i18n/errors";
import { CaseLineError, type FormState, toDraft } from "./draft-form";

export function ProblemForm({ initial, heading, onSave, onCancel }: {
  initial: FormState; heading: string; onSave(draft: OwnProblemDraft): Promise<void>; onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [f, setF] = useState(initial);
  const [language, setLanguage] = useState<JudgedLanguageId>((Object.keys(initial.references)[0] as JudgedLanguageId | undefined) ?? "python");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setF((s) => ({ ...s, [key]: value }));
  const setParam = (i: number, change: Partial<FormState["params"][number]>) => set("params", f.params.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let draft: OwnProblemDraft;
    try {
      draft = toDraft(f);
    } catch (err) {
      if (!(err instanceof CaseLineError)) throw err;
      const kind = err.detail === "not JSON" ? "ownProblems.lineNotJson" : err.field === "followUps" ? "ownProblems.lineNotFollowUp" : "ownProblems.lineNotCase";
      setError(t(kind, { field: t(`ownProblems.${err.field}`), line: err.line }));
      return;
    }
    setBusy(true);
    try {
      await onSave(draft);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const typeOptions = VALUE_TYPES.map((v) => <option key={v} value={v}>{v}</option>);
  return (
    <form className="card org-section own-problem-form" aria-labelledby={`${id}-title`} onSubmit={save} data-testid="problem-form">
      <h2 id={`${id}-title`}>{heading}</h2>
      <div className="org-form">
        <label className="field org-field-wide"><span>{t("ownProblems.fieldTitle")}</span>
          <input name="title" value={f.title} onChange={(e) => set("title", e.target.value)} required maxLength={100} />
        </label>
        <label className="field"><span>{t("ownProblems.fieldDifficulty")}</span>
          <select name="difficulty" value={f.difficulty} onChange={(e) => set("difficulty", e.target.value as FormState["difficulty"])}>
            {DIFFICULTIES.map((d) => <option key={d} value={d}>{t(`problem.difficulty.${d}`)}</option>)}
          </select>
        </label>
        <label className="field"><span>{t("ownProblems.fieldTopic")}</span>
          <select name="topic" value={f.topic} onChange={(e) => set("topic", e.target.value as FormState["topic"])}>
            {TOPICS.map((topic) => <option key={topic} value={topic}>{topic}</option>)}
          </select>
        </label>
      </div>
      <label className="field"><span>{t("ownProblems.fieldStatement")}</span>
        <textarea name="statement" rows={6} value={f.statement} onChange={(e) => set("statement", e.target.value)} required maxLength={OWN_PROBLEM_LIMITS.statementChars} />
      </label>
      {f.design ? (
        <p className="muted" data-testid="design-kept">{t("ownProblems.designKept", { name: f.design.class, methods: f.design.methods.map((m) => m.name).join(", ") })}</p>
      ) : (
      <fieldset className="own-problem-signature">
        <legend>{t("ownProblems.signature")}</legend>
        <div className="org-form">
          <label className="field"><span>{t("ownProblems.fieldFunction")}</span>
            <input name="functionName" value={f.functionName} onChange={(e) => set("functionName", e.target.value)} required pattern="[a-z][A-Za-z0-9]{0,30}" spellCheck={false} autoCapitalize="off" />
          </label>
          <label className="field"><span>{t("ownProblems.fieldReturns")}</span>
            <select name="returns" value={f.returns} onChange={(e) => set("returns", e.target.value as ValueType)}>{typeOptions}</select>
          </label>
        </div>
        {f.params.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: parameters are edited in place, by position
          <fieldset key={i} className="org-form own-problem-param">
            <legend>{t("ownProblems.param", { n: i + 1 })}</legend>
            <label className="field"><span>{t("ownProblems.paramName")}</span>
              <input name={`param-${i}-name`} value={p.name} onChange={(e) => setParam(i, { name: e.target.value })} required pattern="[a-z][A-Za-z0-9]{0,30}" spellCheck={false} autoCapitalize="off" />
            </label>
            <label className="field"><span>{t("ownProblems.paramType")}</span>
              <select name={`param-${i}-type`} value={p.type} onChange={(e) => setParam(i, { type: e.target.value as ValueType })}>{typeOptions}</select>
            </label>
            <button type="button" className="btn btn-small" disabled={f.params.length === 1} onClick={() => set("params", f.params.filter((_, j) => j !== i))}>
              {t("ownProblems.removeParam", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="btn btn-small" disabled={f.params.length >= 6} onClick={() => set("params", [...f.params, { name: "", type: "int" }])}>{t("ownProblems.addParam")}</button>
      </fieldset>
      )}
      <p className="muted" id={`${id}-cases`}>{t("ownProblems.casesHint")}</p>
      <label className="field"><span>{t("ownProblems.examples")}</span>
        <textarea name="examples" className="code-input" rows={3} value={f.examples} onChange={(e) => set("examples", e.target.value)} required spellCheck={false} aria-describedby={`${id}-cases`} />
      </label>
      <label className="field"><span>{t("ownProblems.hiddenTests")}</span>
        <textarea name="hiddenTests" className="code-input" rows={5} value={f.hiddenTests} onChange={(e) => set("hiddenTests", e.target.value)} required spellCheck={false} aria-describedby={`${id}-cases`} />
      </label>
      <p className="muted" id={`${id}-ref`}>{t("ownProblems.referenceHint")}</p>
      <label className="field"><span>{t("ownProblems.fieldLanguage")}</span>
        <select name="language" value={language} onChange={(e) => setLanguage(e.target.value as JudgedLanguageId)}>
          {JUDGED_LANGUAGE_IDS.map((l) => <option key={l} value={l}>{f.references[l]?.trim() ? t("ownProblems.languageWritten", { language: LANGUAGES_BY_ID[l].displayName }) : LANGUAGES_BY_ID[l].displayName}</option>)}
        </select>
      </label>
      <label className="field"><span>{t("ownProblems.fieldReference", { language: LANGUAGES_BY_ID[language].displayName })}</span>
        <textarea name="reference" className="code-input" rows={8} value={f.references[language] ?? ""} spellCheck={false} aria-describedby={`${id}-ref`}
          onChange={(e) => set("references", { ...f.references, [language]: e.target.value })} />
      </label>
      <label className="field"><span>{t("ownProblems.constraints")}</span>
        <textarea name="constraints" rows={2} value={f.constraints} onChange={(e) => set("constraints", e.target.value)} />
      </label>
      <label className="field"><span>{t("ownProblems.hints")}</span>
        <textarea name="hints" rows={3} value={f.hints} onChange={(e) => set("hints", e.target.value)} />
      </label>
      <p className="muted" id={`${id}-notes`}>{t("ownProblems.notesHint")}</p>
      <label className="field"><span>{t("ownProblems.followUps")}</span>
        <textarea name="followUps" className="code-input" rows={3} value={f.followUps} onChange={(e) => set("followUps", e.target.value)} spellCheck={false} aria-describedby={`${id}-notes`} />
      </label>
      <label className="field"><span>{t("ownProblems.strongAnswer")}</span>
        <textarea name="strongAnswer" rows={3} value={f.strongAnswer} onChange={(e) => set("strongAnswer", e.target.value)} maxLength={2000} aria-describedby={`${id}-notes`} />
      </label>
      {error && <p className="form-error" role="alert" data-testid="problem-form-error">{error}</p>}
      <div className="org-form">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="save-problem">{t("ownProblems.save")}</button>
        <button type="button" className="btn" onClick={onCancel}>{t("common.cancel")}</button>
      </div>
    </form>
  );
}
