/**
 * The recording notice (issue 14): participants are told the interview is recorded, what is in the
 * record, how long it is kept and where the organisation's privacy page is — in full on the join
 * page, and in the room as a small "Recorded" badge in the top bar that opens to the same words.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RecordNotice } from "../../../contracts/api";
import { Api } from "../lib/api";
import "./record.css";

/** The notice as GET …/room says it; null until it arrives (or if it can't: the words without the days). */
export function useRecordNotice(roomId: string, token: string | null): RecordNotice | null {
  const [notice, setNotice] = useState<RecordNotice | null>(null);
  useEffect(() => {
    // "" is a session the room's cookie carries (lib/session.ts COOKIE_SESSION): asked without a token.
    if (token === null) return;
    let live = true;
    Api.getRoom(roomId, token).then((r) => live && r.record && setNotice(r.record), () => {});
    return () => {
      live = false;
    };
  }, [roomId, token]);
  return notice;
}

export function RecordNoticeText({ notice }: { notice: RecordNotice | null }) {
  const { t } = useTranslation();
  return (
    <>
      {t("recordNotice.recorded")}
      {notice && <> {t("recordNotice.kept", { count: notice.retentionDays })}</>}
      {notice?.privacyUrl && <> <a href={notice.privacyUrl} target="_blank" rel="noopener noreferrer" data-testid="privacy-link">{t("recordNotice.privacy")}</a></>}
    </>
  );
}

/**
 * In the room: persistent, one word wide (a dot for those who are not the candidate, and on narrow
 * screens: the top bar is full there), open for the whole notice.
 */
export function RecordBadge({ notice, compact }: { notice: RecordNotice | null; compact: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className={`record-badge ${compact ? "record-badge-compact" : ""}`} data-testid="record-badge" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary title={t("recordNotice.recorded")}><span className="record-dot" aria-hidden="true" />{t("recordNotice.badge")}</summary>
      {/* Only while open: a closed <details> still lays its content out in some browsers. */}
      {open && <p className="record-badge-text" data-testid="record-notice"><RecordNoticeText notice={notice} /></p>}
    </details>
  );
}
