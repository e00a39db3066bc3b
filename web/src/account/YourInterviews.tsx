/**
 * "Your interviews": the rooms this account runs, from the account (`GET /api/me/interviews`), not
 * from this browser, so they follow the interviewer to any device. An open one is entered without
 * a link (`POST /api/rooms/:roomId/enter`), its session kept in this tab as after a join; an ended
 * one opens read-only, and its replay.
 */
import { type MouseEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InterviewSummary } from "../../../contracts/accounts";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { Api } from "../lib/api";
import { enterRoom } from "./enter-room";

export type InterviewStatus = "open" | "ended" | "expired";

export function statusOf(i: Pick<InterviewSummary, "endedAt" | "expiresAt">, now = Date.now()): InterviewStatus {
  if (i.endedAt !== null) return "ended";
  return i.expiresAt <= now ? "expired" : "open";
}

/** Read when shown: the page gives it a new `key` when the list may have changed (a room was just created). */
export function YourInterviews({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const [list, setList] = useState<InterviewSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [entering, setEntering] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Api.myInterviews().then((r) => live && setList(r.interviews), (e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, []);

  const enter = async (roomId: string) => {
    setEntering(roomId);
    setError(null);
    try {
      await enterRoom(roomId, navigate);
    } catch (e) {
      setError(errorMessage(e));
      setEntering(null);
    }
  };

  return (
    <section className="card interviews-card" aria-labelledby="interviews-title" data-testid="your-interviews">
      <h2 id="interviews-title">{t("interviews.title")}</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      {list === null ? (
        !error && <p className="muted">{t("app.loading")}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t("interviews.empty")}</p>
      ) : (
        <ul className="interview-list">
          {list.map((i) => <InterviewRow key={i.roomId} interview={i} busy={entering !== null} onEnter={() => enter(i.roomId)} navigate={navigate} />)}
        </ul>
      )}
    </section>
  );
}

/** A plain click stays in the app (pushState); a modified one opens a tab as links do. */
export function follow(e: MouseEvent<HTMLAnchorElement>, navigate: (path: string) => void): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.pathname);
}

function InterviewRow({ interview, busy, onEnter, navigate }: { interview: InterviewSummary; busy: boolean; onEnter(): void; navigate(path: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = statusOf(interview);
  const titleId = `interview-${interview.roomId}`;
  const statusText = { open: t("interviews.statusOpen"), ended: t("interviews.statusEnded"), expired: t("interviews.statusExpired") }[status];
  return (
    <li className="interview-row" data-testid="interview" data-room-id={interview.roomId}>
      <span className="interview-main">
        <bdi className="interview-title" id={titleId}>{interview.title}</bdi>
        <span className="muted">{t("interviews.created", { when: format.dateTime(interview.createdAt) })}</span>
      </span>
      <span className={`interview-status status-${status}`}>{statusText}</span>
      {status !== "open" && (
        <>
          {/* The ended room, read-only: its final code, notes, verdicts and the scorecard (GET …/session takes the account). */}
          <a className="btn btn-small" href={`/r/${encodeURIComponent(interview.roomId)}`} aria-describedby={titleId} data-testid="open-ended-interview" onClick={(e) => follow(e, navigate)}>
            {t("reentry.openEnded")}
          </a>
          <a className="btn btn-small" href={`/r/${encodeURIComponent(interview.roomId)}/replay`} aria-describedby={titleId} data-testid="replay-interview" onClick={(e) => follow(e, navigate)}>
            {t("replay.link")}
          </a>
        </>
      )}
      {status === "open" && (
        <button type="button" className="btn btn-small" onClick={onEnter} disabled={busy} aria-describedby={titleId} data-testid="enter-interview">
          {t("interviews.enter")}
        </button>
      )}
    </li>
  );
}
