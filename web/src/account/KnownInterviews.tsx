/**
 * "Your interviews" without an account: the rooms this browser created or joined (lib/known-rooms.ts),
 * each asked of the server with this browser's room cookie (`GET …/session`), so what is shown is
 * what the cookie still opens — live, ended or expired — with the way into the room and, for its
 * interviewers, to its record. A room the cookie no longer opens (revoked, deleted, forgotten
 * elsewhere) leaves the list; "Forget" clears the cookie and the entry.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoomSessionResponse } from "../../../contracts/room-session";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { ApiError } from "../lib/api";
import { forgetKnownRoom, type KnownRoom, knownRooms } from "../lib/known-rooms";
import { RoomSessionApi } from "../lib/room-session-api";
import { follow, type InterviewStatus, statusOf } from "./YourInterviews";
import "../ended/ended.css";

type Row = { known: KnownRoom; session: RoomSessionResponse };

/** Each known room as the server sees this browser's session in it; the ones it refuses are dropped from the index. */
async function check(rooms: KnownRoom[]): Promise<Row[]> {
  const rows = await Promise.all(rooms.map(async (known) => {
    try {
      const session = await RoomSessionApi.get(known.roomId);
      if (session) return { known, session };
      forgetKnownRoom(known.roomId); // forgotten here, or its cookie ran out
      return null;
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)) forgetKnownRoom(known.roomId);
      else throw e;
      return null;
    }
  }));
  return rows.filter((r): r is Row => r !== null);
}

export function KnownInterviews({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const [rooms] = useState(knownRooms);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    check(rooms).then((r) => live && setRows(r), (e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [rooms]);

  const forget = async (roomId: string) => {
    setError(null);
    try {
      await RoomSessionApi.forget(roomId);
      forgetKnownRoom(roomId);
      setRows((r) => r?.filter((row) => row.known.roomId !== roomId) ?? null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (rooms.length === 0) return null;
  return (
    <section className="card interviews-card" aria-labelledby="known-interviews-title" data-testid="known-interviews">
      <h2 id="known-interviews-title">{t("interviews.title")}</h2>
      <p className="muted">{t("reentry.browserHint")}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
      {rows === null ? (
        !error && <p className="muted">{t("app.loading")}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t("reentry.noneLeft")}</p>
      ) : (
        <ul className="interview-list">
          {rows.map((row) => <KnownRow key={row.known.roomId} row={row} navigate={navigate} onForget={() => forget(row.known.roomId)} />)}
        </ul>
      )}
    </section>
  );
}

function KnownRow({ row, navigate, onForget }: { row: Row; navigate(path: string): void; onForget(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { session, known } = row;
  const status: InterviewStatus = statusOf(session.room);
  const role = session.identity.role;
  const titleId = `known-${known.roomId}`;
  const statusText = { open: t("interviews.statusOpen"), ended: t("interviews.statusEnded"), expired: t("interviews.statusExpired") }[status];
  const room = `/r/${encodeURIComponent(known.roomId)}`;
  return (
    <li className="interview-row" data-testid="known-interview" data-room-id={known.roomId} data-status={status}>
      <span className="interview-main">
        <bdi className="interview-title" id={titleId} translate="no">{session.room.title || t("common.defaultTitle")}</bdi>
        <span className="muted">{t("reentry.asRole", { role: t(`roles.${role}`), when: format.dateTime(known.at) })}</span>
      </span>
      <span className={`interview-status status-${status}`}>{statusText}</span>
      <span className="known-room-actions">
        <a className="btn btn-small" href={room} aria-describedby={titleId} data-testid="open-known-interview" onClick={(e) => follow(e, navigate)}>
          {status === "open" ? t("interviews.enter") : t("reentry.openEnded")}
        </a>
        {role === "interviewer" && (
          <>
            <a className="btn btn-small" href={`${room}/replay`} aria-describedby={titleId} data-testid="known-replay" onClick={(e) => follow(e, navigate)}>{t("replay.link")}</a>
            <a className="btn btn-small" href={`${room}/replay?tab=scorecard`} aria-describedby={titleId} data-testid="known-scorecard">{t("scorecard.tab")}</a>
          </>
        )}
        <button type="button" className="btn btn-small btn-danger-ghost" onClick={onForget} aria-describedby={titleId} data-testid="forget-interview">{t("reentry.forget")}</button>
      </span>
    </li>
  );
}
