/**
 * The problem: statement (markdown), the signature the room's language must define, examples and
 * constraints for the room's `meta.problemSlug`, from GET /api/problems/:slug. The interviewer
 * picks, changes or clears it here (ProblemPicker); whoever may edit can reset the code to the
 * problem's starter. With no problem picked, an empty state.
 */
import { type ReactNode, useEffect, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { SetProblemCode } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";
import { codeText } from "../../../contracts/room-state";
import type { Problem, ProblemSummary } from "../lib/api";
import { ProblemHints, type HintsProps } from "../problem/ProblemHints";
import { ProblemPicker } from "../problem/ProblemPicker";
import { ResetToStarter, replaceCode } from "../problem/ResetToStarter";
import { SignatureCode } from "../problem/SignatureCode";
import { starterFor, untouched } from "../problem/starter";
import { useProblem } from "../problem/useProblem";

/** The room's shared code and language: the signature is shown for it, the starter reset into it. */
export interface RoomCode {
  doc: Y.Doc;
  language: { id: LanguageId; template: string };
  /** Whether this participant may edit the code now (not read-only, room open, synced). */
  canEdit: boolean;
}

interface Props {
  slug: string | null;
  canPick: boolean;
  onPick?(slug: string | null, code: SetProblemCode): Promise<void>;
  room?: RoomCode;
  /** The room's hints: those revealed, how many there are, and the interviewer's controls. */
  hints?: HintsProps;
}

export function ProblemPanel({ slug, canPick, onPick, room, hints }: Props) {
  const { t } = useTranslation();
  const load = useProblem(slug);
  const loaded = load?.state === "ready" ? load.problem : null;
  const touched = () => (room ? !untouched(codeText(room.doc, room.language.id).toString(), room.language, loaded) : false);
  const picker = canPick && onPick ? <ProblemPicker current={slug} touched={touched} onPick={onPick} /> : null;
  if (!slug || !load) return <NoProblem canPick={canPick} picker={picker} />;
  if (load.state === "loading") return <div className="panel-empty" aria-busy="true"><div className="skeleton w60" /><div className="skeleton" /><div className="skeleton w80" /></div>;
  if (load.state === "error") return <div className="panel-empty" role="alert">{picker}<h3>{t("problem.loadFailed")}</h3><p>{load.message}</p></div>;
  return (
    <>
      {picker}
      <ProblemView problem={load.problem} room={room} hints={hints} />
    </>
  );
}

export function ProblemView({ problem, room, hints }: { problem: Problem; room?: RoomCode; hints?: HintsProps }) {
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
  const signature = room ? problem.signatures?.[room.language.id] : undefined;
  return (
    <article className="problem" aria-label={t("problem.statement")}>
      <header className="problem-head">
        <h2 translate="no">{problem.title}</h2>
        {problem.difficulty && <span className={`difficulty difficulty-${problem.difficulty.toLowerCase()}`}>{difficulty(t, problem.difficulty)}</span>}
      </header>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the statement's HTML comes from marked and is sanitized by DOMPurify first */}
      <div className="markdown" translate="no" dangerouslySetInnerHTML={{ __html: html }} />
      {room && signature && (
        <section className="problem-signature" aria-label={t("problemFlow.signature")}>
          <h3>{t("problemFlow.signature")}</h3>
          <SignatureCode signature={signature} />
          {room.canEdit && <ResetToStarter onReset={() => replaceCode(room.doc, room.language.id, starterFor(room.language, problem))} />}
        </section>
      )}
      {hints && <ProblemHints {...hints} />}
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

function NoProblem({ canPick, picker }: { canPick: boolean; picker: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="panel-empty" data-testid="no-problem">
      <div className="empty-icon" aria-hidden="true">{"{ }"}</div>
      <h3>{t("problem.none")}</h3>
      <p>{canPick ? t("problem.pickHint") : t("problem.waitHint")}</p>
      {picker}
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
