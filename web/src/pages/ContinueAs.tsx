/**
 * A browser already in the room (its cookie) that opens a link of it again — say the interviewer
 * trying the candidate's link — is not silently made someone else: it may continue as who it is.
 */
import { useTranslation } from "react-i18next";
import type { RoomSessionResponse } from "../../../contracts/room-session";
import { COOKIE_SESSION, saveSession, type Session } from "../lib/session";
import "../ended/ended.css";

export function ContinueAs({ roomId, existing, onContinue }: { roomId: string; existing: RoomSessionResponse; onContinue(s: Session): void }) {
  const { t } = useTranslation();
  const go = () => {
    const session = { token: COOKIE_SESSION, identity: existing.identity, title: existing.room.title };
    saveSession(roomId, session);
    onContinue(session);
  };
  return (
    <section className="card join-card continue-card" aria-labelledby="continue-title" data-testid="continue-as">
      <h2 id="continue-title">{t("reentry.continueTitle")}</h2>
      <p className="muted">{t("reentry.continueText", { name: existing.identity.name, role: t(`roleNouns.${existing.identity.role}`) })}</p>
      <button type="button" className="btn btn-primary btn-block" onClick={go} data-testid="continue">{t("reentry.continueAs", { role: t(`roleNouns.${existing.identity.role}`) })}</button>
      <p className="muted continue-or">{t("reentry.orJoin")}</p>
    </section>
  );
}
