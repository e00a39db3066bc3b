/**
 * The problem: statement (markdown), examples and constraints for the room's `meta.problemSlug`,
 * from GET /api/problems/:slug. With no problem picked, an empty state (and, for the interviewer,
 * a picker once the problem library exists).
 */
import { useEffect, useState } from "react";
import { Api, ApiError, type Problem, type ProblemSummary } from "../lib/api";


interface Props {
  slug: string | null;
  canPick: boolean;
  onPick?(slug: string): Promise<void>;
}

type Load<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error"; message: string; missing?: boolean };

function useLoad<T>(key: string | null, load: () => Promise<T>): Load<T> | null {
  const [result, setResult] = useState<Load<T> | null>(null);
  useEffect(() => {
    if (key === null) return setResult(null);
    let live = true;
    setResult({ state: "loading" });
    load().then(
      (value) => live && setResult({ state: "ready", value }),
      (e: unknown) => live && setResult({ state: "error", message: (e as Error).message, missing: e instanceof ApiError && e.status === 404 }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result;
}

export function ProblemPanel({ slug, canPick, onPick }: Props) {
  const problem = useLoad(slug, () => Api.problem(slug!));
  if (!slug) return <NoProblem canPick={canPick} onPick={onPick} />;
  if (!problem || problem.state === "loading") return <div className="panel-empty" aria-busy="true"><div className="skeleton w60" /><div className="skeleton" /><div className="skeleton w80" /></div>;
  if (problem.state === "error") return <div className="panel-empty" role="alert"><h3>Couldn't load the problem</h3><p>{problem.message}</p></div>;
  return <ProblemView problem={problem.value} />;
}

export function ProblemView({ problem }: { problem: Problem }) {
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
    <article className="problem" aria-label="Problem statement">
      <header className="problem-head">
        <h2>{problem.title}</h2>
        {problem.difficulty && <span className={`difficulty difficulty-${problem.difficulty.toLowerCase()}`}>{problem.difficulty}</span>}
      </header>
      <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />
      {problem.examples?.map((ex, i) => (
        <section key={i} className="example">
          <h3>Example {i + 1}</h3>
          <pre>
            <b>Input:</b> {formatArgs(ex.input)}
            {"\n"}
            <b>Output:</b> {JSON.stringify(ex.output)}
            {ex.explanation ? <>{"\n"}<b>Explanation:</b> {ex.explanation}</> : null}
          </pre>
        </section>
      ))}
      {constraints.length > 0 && (
        <section className="constraints">
          <h3>Constraints</h3>
          <ul>{constraints.map((c, i) => <li key={i}><code>{c}</code></li>)}</ul>
        </section>
      )}
    </article>
  );
}

function NoProblem({ canPick, onPick }: { canPick: boolean; onPick?(slug: string): Promise<void> }) {
  const list = useLoad(canPick ? "list" : null, () => Api.problems().then((r) => r.problems));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="panel-empty" data-testid="no-problem">
      <div className="empty-icon" aria-hidden="true">{"{ }"}</div>
      <h3>No problem selected</h3>
      <p>
        {canPick
          ? "Pick a problem from the library, or describe the task in chat and work from a blank editor."
          : "The interviewer hasn't picked a problem yet. You can already write and run code."}
      </p>
      {canPick && list?.state === "ready" && list.value.length > 0 && (
        <label className="field">
          <span>Problem</span>
          <select
            defaultValue=""
            onChange={(e) => e.target.value && onPick?.(e.target.value).catch((err: Error) => setError(err.message))}
          >
            <option value="" disabled>Choose a problem…</option>
            {list.value.map((p) => <option key={p.slug} value={p.slug}>{p.title}{p.difficulty ? ` · ${p.difficulty}` : ""}</option>)}
          </select>
        </label>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}

export type { ProblemSummary };

/** Arguments as LeetCode shows them: `nums = [2,7,11,15], target = 9`. */
export function formatArgs(args: Record<string, unknown>): string {
  return Object.entries(args).map(([name, value]) => `${name} = ${JSON.stringify(value)}`).join(", ");
}
