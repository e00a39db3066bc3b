/** The side panels of the replay: the console, the chat and the notes as they stood at the moment. */
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { RecordEvent } from "../../../contracts/record";
import { RunOutput } from "../components/RunOutput";
import type { Author } from "./authors";
import { type RunAt, runPassed } from "./moments";
import { clockText } from "./span";
import { LockIcon } from "../components/icons";

/** The run's state at the moment, in words. */
export function RunStatus({ run }: { run: RunAt }) {
  const { t } = useTranslation();
  const end = run.end;
  if (!end) return <span className="run-status running"><span className="spinner" aria-hidden="true" />{t("console.running")}</span>;
  if (end.status === "cancelled") return <span className="run-status warn">{t("console.stopped")}</span>;
  if (end.status === "interrupted") return <span className="run-status warn">{t("console.interrupted")}</span>;
  const good = runPassed(end);
  const verdict = end.verdict ? (end.passed !== null && end.total !== null ? t("replay.verdictOf", { verdict: end.verdict, passed: end.passed, total: end.total }) : end.verdict) : null;
  return (
    <span className={`run-status ${good ? "good" : "bad"}`} data-testid="replay-run-status" data-passed={good}>
      <strong>{verdict ?? (good ? t("replay.exitedOk") : end.error ? t("console.failedWith", { error: end.error }) : t("replay.exitedBad"))}</strong>
    </span>
  );
}

export function ReplayConsole({ run, authors, start }: { run: RunAt | null; authors: Map<string, Author>; start: number }) {
  const { t } = useTranslation();
  if (!run) return <RunOutput chunks={[]} placeholder={t("replay.noRunYet")} />;
  const who = run.start.userId ? authors.get(run.start.userId)?.name : undefined;
  return (
    <div className="replay-console" data-testid="replay-console">
      <div className="console-head">
        <RunStatus run={run} />
        <span className="run-by" translate="no">{who ? <><bdi>{who}</bdi> · </> : ""}{run.start.language} · {clockText(run.start.t - start)}</span>
      </div>
      <RunOutput key={run.start.runId} chunks={run.output} placeholder={run.end ? t("console.noOutput") : t("console.waiting")} />
    </div>
  );
}

export function ReplayChat({ chat, authors, start }: { chat: Extract<RecordEvent, { kind: "chat" }>[]; authors: Map<string, Author>; start: number }) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a message arriving (as it plays) is what scrolls the list down
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [chat.length]);
  return (
    <div className="chat">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list must take focus so keyboards can scroll it (axe: scrollable-region-focusable) */}
      <ol ref={list} className="chat-list" aria-label={t("chat.messages")} tabIndex={0} data-testid="replay-chat">
        {chat.length === 0 && <li className="chat-empty">{t("replay.noChatYet")}</li>}
        {chat.map((m) => {
          const who = m.userId ? authors.get(m.userId) : undefined;
          return (
            <li key={m.seq} className="chat-msg">
              <div className="chat-meta">
                <span className="chat-name"><bdi>{who?.name ?? t("replay.someone")}</bdi></span>
                {who && <span className={`role-badge role-${who.role}`}>{t(`roles.${who.role}`)}</span>}
                <span className="muted">{clockText(m.t - start)}</span>
              </div>
              <p className="chat-text" dir="auto">{m.text}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function ReplayNotes({ notes }: { notes: string }) {
  const { t } = useTranslation();
  return (
    <div className="notes replay-notes">
      <p className="notes-hint"><LockIcon /> {t("replay.notesHint")}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: a <pre> keeps the notes' whitespace; role=region names it */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrolling text must take focus so keyboards can scroll it (axe: scrollable-region-focusable) */}
      <pre className="replay-notes-text" tabIndex={0} role="region" aria-label={t("notes.label")} data-testid="replay-notes">{notes || t("replay.noNotesYet")}</pre>
    </div>
  );
}
