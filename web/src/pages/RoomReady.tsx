/** A new room's three invite links to copy, and the way in as its interviewer. */
import { useTranslation } from "react-i18next";
import { CopyField } from "../components/CopyField";

export interface CreatedRoom { roomId: string; links: Record<"interviewer" | "candidate" | "spectator", string> }

export function RoomReady({ created, navigate }: { created: CreatedRoom; navigate(path: string): void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="create-title">{t("landing.readyTitle")}</h2>
      <p className="muted">{t("landing.readyText")}</p>
      <CopyField name="candidate" label={t("roles.candidate")} value={created.links.candidate} hint={t("landing.hintCandidate")} />
      <CopyField name="spectator" label={t("roles.spectator")} value={created.links.spectator} hint={t("landing.hintSpectator")} />
      <CopyField name="interviewer" label={t("roles.interviewer")} value={created.links.interviewer} hint={t("landing.hintInterviewer")} />
      <button type="button" className="btn btn-primary btn-block" onClick={() => navigate(`/r/${created.roomId}`)} data-testid="enter-room">{t("landing.enterRoom")}</button>
    </>
  );
}
