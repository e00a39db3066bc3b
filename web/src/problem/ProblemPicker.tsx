/**
 * The interviewer's problem control: pick, change or clear the problem at any time, from the library
 * narrowed by level, topic and words (filter.ts); each shows its level, usual minutes and, when this
 * interviewer used it lately, when. Choosing a problem previews it as the candidate will see it
 * (ProblemPreview); only "Put on the table" picks it. When the editor holds code someone wrote, the
 * interviewer chooses what happens to it — keep it, or replace it with the new problem's starter
 * (the language's template when clearing) — before anything changes.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SetProblemCode } from "../../../contracts/api";
import type { ProblemSummary } from "../../../contracts/problems";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { Api } from "../lib/api";
import { filterProblems, NO_FILTER, topicsOf, type ProblemFilter } from "./filter";
import { ProblemPreview } from "./ProblemPreview";
import { useRecentProblems, usedWhen } from "./recent";

/** The select's value for "no problem". */
const NONE = "-";

interface Props {
  current: string | null;
  /** Whether the code in the room's language is someone's work (not empty, not a starter). */
  touched(): boolean;
  onPick(slug: string | null, code: SetProblemCode): Promise<void>;
}

export function ProblemPicker({ current, touched, onPick }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [list, setList] = useState<ProblemSummary[] | null>(null);
  const recent = useRecentProblems();
  // The problem being looked at, not yet on the table.
  const [preview, setPreview] = useState<string | null>(null);
  // The preview's buttons go away with it: the keyboard's place goes back to the select, not the page's top.
  const select = useRef<HTMLSelectElement>(null);
  const leavePreview = (then: () => void) => {
    select.current?.focus();
    then();
  };
  // undefined: nothing waits for the interviewer's choice; null: clearing.
  const [pending, setPending] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<ProblemFilter>(NO_FILTER);
  const shown = useMemo(() => (list ? filterProblems(list, filter) : null), [list, filter]);
  const topics = useMemo(() => (list ? topicsOf(list) : []), [list]);
  const currentHidden = current !== null && shown !== null && !shown.some((p) => p.slug === current);
  // A filter changed while previewing must not make the select show another problem than the preview.
  const previewHidden = preview !== null && preview !== current && shown !== null && !shown.some((p) => p.slug === preview);
  useEffect(() => {
    let live = true;
    Api.problems().then((r) => live && setList(r.problems), (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, []);

  const send = (slug: string | null, code: SetProblemCode) => {
    setBusy(true);
    setError(null);
    onPick(slug, code).then(
      () => {
        setPending(undefined);
        setPreview(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    ).finally(() => setBusy(false));
  };
  const put = (slug: string | null) => {
    if (touched()) setPending(slug);
    else send(slug, "keep"); // untouched starters follow the problem on the server
  };
  const choose = (value: string) => {
    const slug = value === NONE ? null : value;
    setPending(undefined);
    if (slug === current) setPreview(null);
    else if (slug === null) put(null); // clearing shows the candidate nothing to preview
    else setPreview(slug);
  };
  const option = (p: ProblemSummary) => {
    const line = { title: p.title, level: t(`problem.difficulty.${p.difficulty}`), minutes: p.expectedMinutes };
    const usedAt = recent.get(p.slug);
    return usedAt === undefined ? t("picker.option", line) : t("picker.optionUsed", { ...line, when: usedWhen(fmt, usedAt) });
  };

  return (
    <div className="problem-picker" data-testid="problem-picker">
      {list && list.length > 8 && (
        <search className="problem-filter">
          <input
            type="search" aria-label={t("picker.search")} placeholder={t("picker.search")} value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
          <select aria-label={t("picker.level")} value={filter.level} onChange={(e) => setFilter({ ...filter, level: e.target.value })}>
            <option value="">{t("picker.anyLevel")}</option>
            {(["easy", "medium", "hard"] as const).map((d) => <option key={d} value={d}>{t(`problem.difficulty.${d}`)}</option>)}
          </select>
          <select aria-label={t("picker.topic")} value={filter.topic} onChange={(e) => setFilter({ ...filter, topic: e.target.value })}>
            <option value="">{t("picker.anyTopic")}</option>
            {topics.map((topic) => <option key={topic} value={topic}>{topic}</option>)}
          </select>
          <span className="muted" aria-live="polite">{t("picker.count", { shown: shown?.length ?? 0, total: list.length })}</span>
        </search>
      )}
      <label className="field">
        <span>{current ? t("problemFlow.change") : t("common.problem")}</span>
        <select ref={select} data-testid="problem-select" value={pending === undefined ? (preview ?? current ?? "") : (pending ?? NONE)} disabled={busy || list === null} onChange={(e) => choose(e.target.value)}>
          {current === null && <option value="" disabled>{t("problem.choose")}</option>}
          {current !== null && <option value={NONE}>{t("problemFlow.none")}</option>}
          {currentHidden && list && <option value={current}>{list.find((p) => p.slug === current)?.title ?? current}</option>}
          {previewHidden && <option value={preview}>{list?.find((p) => p.slug === preview)?.title ?? preview}</option>}
          {groups(shown ?? []).map(([group, items]) =>
            group === null ? items.map((p) => <option key={p.slug} value={p.slug}>{option(p)}</option>) : (
              <optgroup key={group} label={t(`picker.group.${group}`)} data-testid={`problem-group-${group}`}>
                {items.map((p) => <option key={p.slug} value={p.slug}>{option(p)}</option>)}
              </optgroup>
            ),
          )}
        </select>
      </label>
      {preview !== null && pending === undefined && (
        <ProblemPreview
          slug={preview} summary={list?.find((p) => p.slug === preview)} usedAt={recent.get(preview)} busy={busy}
          onPut={() => leavePreview(() => put(preview))} onClose={() => leavePreview(() => setPreview(null))}
        />
      )}
      {pending !== undefined && (
        <fieldset className="problem-choice">
          <legend>{pending === null ? t("problemFlow.codeChoiceClear") : t("problemFlow.codeChoice")}</legend>
          <div className="problem-choice-actions">
            <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => send(pending, "keep")}>{t("problemFlow.keep")}</button>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => send(pending, "replace")}>
              {pending === null ? t("problemFlow.replaceTemplate") : t("problemFlow.replace")}
            </button>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => setPending(undefined)}>{t("problemFlow.cancel")}</button>
          </div>
        </fieldset>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}

/**
 * The options by whose they are: the team's own problems, the account's own, then the library.
 * Without own problems, one flat list (null: no group heading).
 */
function groups(list: readonly ProblemSummary[]): [("org" | "mine" | "library") | null, ProblemSummary[]][] {
  if (!list.some((p) => p.owner)) return [[null, [...list]]];
  const of = (owner: ProblemSummary["owner"]) => list.filter((p) => p.owner === owner);
  return ([["org", of("org")], ["mine", of("mine")], ["library", of(undefined)]] as const).filter(([, items]) => items.length > 0).map(([g, items]) => [g, items]);
}
