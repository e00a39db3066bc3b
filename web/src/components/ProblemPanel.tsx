/**
 * The problem: statement (markdown), examples and constraints for the room's `meta.problemSlug`,
 * from GET /api/problems/:slug. With no problem picked, an empty state (and, for the interviewer,
 * a picker once the problem library exists).
 */
import { useEffect, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errors";
import { Api, ApiError, type Problem, type ProblemSummary } from "../lib/api";


interface Props {
  slug: string | null;
  canPick: boolean;
  onPick?(slug: string): Promise<void>;
}

type Load<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error"; message: string; missing?: boolean };

function useLoad<T>(key: string | null, load: () => Promise<T>): Load<T> | null {
  const [result, setResult] = useState<Load<T> | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches; a new closure for the same key is not a new load
  useEffect(() => {
    if (key === null) return setResult(null);
    let live = true;
    setResult({ state: "loading" });
    load().then(
      (value) => live && setResult({ state: "ready", value }),
      (e: unknown) => live && setResult({ state: "error", message: errorMessage(e), missing: e instanceof ApiError && e.status === 404 }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result;
}

export function ProblemPanel({ slug, canPick, onPick }: Props) {
  const { t } = useTranslation();
  const problem = useLoad(slug, () => Api.problem(slug!));
  if (!slug) return <NoProblem canPick={canPick} onPick={onPick} />;
  if (!problem || problem.state === "loading") return <div className="panel-empty" aria-busy="true"><div className="skeleton w60" /><div className="skeleton" /><div className="skeleton w80" /></div>;
  if (problem.state === "error") return <div className="panel-empty" role="alert"><h3>{t("problem.loadFailed")}</h3><p>{problem.message}</p></div>;
  return <ProblemView problem={problem.value} />;
}

export function ProblemView({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  // The markdown renderer (marked + DOMPurify) loads only once there is a statement to show.
  const [html, setHtml] = useState("");
  useEffect(() => {
    let live = true;
    import("../lib/markdown").then(({ renderMarkdown }) => live && setHtml(renderMarkdown(problem.statement)));
    return () => {
      live = false;
    };
  }, [problem]);
  const constraints = problem.constraints;
  return (
    <article className="problem" aria-label={t("problem.statement")}>
      <header className="problem-head">
        <h2 translate="no">{problem.title}</h2>
        {problem.difficulty && <span className={`difficulty difficulty-${problem.difficulty.toLowerCase()}`}>{difficulty(t, problem.difficulty)}</span>}
      </header>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the statement's HTML comes from marked and is sanitized by DOMPurify first */}
      <div className="markdown" translate="no" dangerouslySetInnerHTML={{ __html: html }} />
      {problem.examples?.map((ex, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a problem's examples are a fixed list, never reordered
        <section key={i} className="example">
          <h3>{t("problem.example", { n: i + 1 })}</h3>
          <pre>
            <b>{t("problem.input")}</b> <span translate="no">{formatArgs(ex.input)}</span>
            {"\n"}
            <b>{t("problem.output")}</b> <span translate="no">{JSON.stringify(ex.output)}</span>
            {ex.explanation ? <>{"\n"}<b>{t("problem.explanation")}</b> <span translate="no">{ex.explanation}</span></> : null}
          </pre>
        </section>
      ))}
      {constraints.length > 0 && (
        <section className="constraints">
          <h3>{t("problem.constraints")}</h3>
          {/* biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two constraints may read the same */}
          <ul translate="no">{constraints.map((c, i) => <li key={i}><code>{c}</code></li>)}</ul>
        </section>
      )}
    </article>
  );
}

function NoProblem({ canPick, onPick }: { canPick: boolean; onPick?(slug: string): Promise<void> }) {
  const { t } = useTranslation();
  const list = useLoad(canPick ? "list" : null, () => Api.problems().then((r) => r.problems));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="panel-empty" data-testid="no-problem">
      <div className="empty-icon" aria-hidden="true">{"{ }"}</div>
      <h3>{t("problem.none")}</h3>
      <p>{canPick ? t("problem.pickHint") : t("problem.waitHint")}</p>
      {canPick && list?.state === "ready" && list.value.length > 0 && (
        <label className="field">
          <span>{t("common.problem")}</span>
          <select
            defaultValue=""
            onChange={(e) => e.target.value && onPick?.(e.target.value).catch((err: unknown) => setError(errorMessage(err)))}
          >
            <option value="" disabled>{t("problem.choose")}</option>
            {list.value.map((p) => <option key={p.slug} value={p.slug}>{p.title}{p.difficulty ? ` · ${difficulty(t, p.difficulty)}` : ""}</option>)}
          </select>
        </label>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}

export type { ProblemSummary };

/** The library's difficulty (Easy, Medium, Hard) in the interface language; anything else as it is. */
function difficulty(t: TFunction, value: string): string {
  const key = value.toLowerCase();
  return key === "easy" || key === "medium" || key === "hard" ? t(`problem.difficulty.${key}`) : value;
}

/** Arguments as LeetCode shows them: `nums = [2,7,11,15], target = 9`. */
export function formatArgs(args: Record<string, unknown>): string {
  return Object.entries(args).map(([name, value]) => `${name} = ${JSON.stringify(value)}`).join(", ");
}
