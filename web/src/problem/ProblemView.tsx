/**
 * A problem as the candidate reads it: statement (markdown), examples and constraints, with the
 * signature the room's language must define and the hints when it is the room's problem. The
 * room's problem panel shows it, and so does the picker's preview before a problem is picked.
 */
import { useEffect, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { isJudged } from "../../../contracts/languages";
import type { RoomCode } from "../components/ProblemPanel";
import type { Problem } from "../lib/api";
import { ProblemHints, type HintsProps } from "./ProblemHints";
import { ResetToStarter, replaceCode } from "./ResetToStarter";
import { SignatureCode } from "./SignatureCode";
import { starterFor } from "./starter";

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
  const signature = room && isJudged(room.language.id) ? problem.signatures?.[room.language.id] : undefined;
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

/** The library's difficulty (Easy, Medium, Hard) in the interface language; anything else as it is. */
function difficulty(t: TFunction, value: string): string {
  const key = value.toLowerCase();
  return key === "easy" || key === "medium" || key === "hard" ? t(`problem.difficulty.${key}`) : value;
}

/** Arguments as LeetCode shows them: `nums = [2,7,11,15], target = 9`. */
export function formatArgs(args: Record<string, unknown>): string {
  return Object.entries(args).map(([name, value]) => `${name} = ${JSON.stringify(value)}`).join(", ");
}
