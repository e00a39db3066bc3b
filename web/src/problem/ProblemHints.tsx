/**
 * A problem's hints in the room: everyone sees the ones revealed, in order, as they appear (the
 * state doc's `meta.hints`); the interviewer reveals the next one to the whole room, and reads
 * every hint ahead of time with the follow-up questions and the notes on a strong answer
 * (GET …/problem-notes, never served to candidates or spectators).
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProblemNotesResponse } from "../../../contracts/api";
import type { RevealedHint } from "../../../contracts/room-state";

export interface HintsProps {
  hints: RevealedHint[];
  total: number;
  /** The interviewer's: reveal the next hint to everyone, and load the interviewer-only notes. */
  interviewer?: { reveal(): Promise<unknown>; notes(): Promise<ProblemNotesResponse> };
}

export function ProblemHints({ hints, total, interviewer }: HintsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (total === 0 && !interviewer) return null;
  const reveal = async () => {
    setBusy(true);
    setError(null);
    try {
      await interviewer!.reveal();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="problem-hints" aria-label={t("hints.title")}>
      {total > 0 && (
        <>
          <h3>{t("hints.title")} <span className="muted">{t("hints.shown", { shown: hints.length, total })}</span></h3>
          {hints.length > 0 && (
            <ol className="hint-list" aria-live="polite">
              {hints.map((h) => <li key={h.index} data-testid="hint">{h.text}</li>)}
            </ol>
          )}
          {interviewer && hints.length < total && (
            <button type="button" className="btn" disabled={busy} onClick={reveal}>
              {t("hints.reveal", { n: hints.length + 1, total })}
            </button>
          )}
          {error && <p role="alert">{error}</p>}
        </>
      )}
      {interviewer && <InterviewerNotes load={interviewer.notes} shown={hints.length} />}
    </section>
  );
}

/** Interviewer-only: every hint ahead of time, the follow-ups and what a strong answer looks like. */
function InterviewerNotes({ load, shown }: { load: () => Promise<ProblemNotesResponse>; shown: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notes, setNotes] = useState<ProblemNotesResponse | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!open || notes) return;
    let live = true;
    load().then((n) => live && setNotes(n), (e: Error) => live && setFailed(e.message));
    return () => {
      live = false;
    };
  }, [open, notes, load]);
  return (
    <details className="interviewer-notes" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t("hints.notes")}</summary>
      <p className="muted">{t("hints.notesPrivate")}</p>
      {failed && <p role="alert">{failed}</p>}
      {!notes && !failed && open && <div className="skeleton w80" aria-busy="true" />}
      {notes && (
        <>
          <p>{t("hints.minutes", { n: notes.expectedMinutes })}</p>
          {notes.strongAnswer && (
            <>
              <h4>{t("hints.strongAnswer")}</h4>
              <p>{notes.strongAnswer}</p>
            </>
          )}
          {notes.followUps.length > 0 && (
            <>
              <h4>{t("hints.followUps")}</h4>
              <dl className="follow-ups">
                {notes.followUps.map((f) => (
                  <div key={f.question}>
                    <dt>{f.question}</dt>
                    <dd>{f.answer}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {notes.hints.length > 0 && (
            <>
              <h4>{t("hints.allHints")}</h4>
              <ol className="hint-list">
                {/* biome-ignore lint/suspicious/noArrayIndexKey: a problem's hints are a fixed list, in order */}
                {notes.hints.map((h, i) => <li key={i} className={i < shown ? "muted" : undefined}>{h}{i < shown ? ` (${t("hints.alreadyShown")})` : ""}</li>)}
              </ol>
            </>
          )}
        </>
      )}
    </details>
  );
}
