/**
 * Interviewer-only controls: the candidate's read-only switch, whether the candidate sees the
 * observers, whether spectators may read the record, invite links (new, revoke), keeping the room
 * open longer, ending the room, and deleting its record once it ended.
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../contracts/wire";
import { Api, type Invite } from "../lib/api";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { loadLinks } from "../lib/session";
import { CopyField } from "./CopyField";
import { InviteTable } from "../links/InviteTable";
import { Modal } from "./Modal";

interface Props {
  roomId: string;
  token: string;
  candidateReadOnly: boolean;
  onError(message: string): void;
}

export function ReadOnlySwitch({ roomId, token, candidateReadOnly, onError }: Props) {
  const { t } = useTranslation();
  const send = (canEdit: boolean) => Api.setReadOnly(roomId, token, !canEdit);
  return <RoomSwitch checked={!candidateReadOnly} label={t("controls.candidateCanEdit")} send={send} onError={onError} testId="candidate-can-edit" />;
}

/** Whether the candidate gets the observers' carets and names (they always see how many there are). */
export function SpectatorsSwitch({ roomId, token, visible, onError }: { roomId: string; token: string; visible: boolean; onError(message: string): void }) {
  const { t } = useTranslation();
  const send = (on: boolean) => Api.setSpectatorsVisible(roomId, token, on);
  return <RoomSwitch checked={visible} label={t("controls.spectatorsVisible")} send={send} onError={onError} testId="spectators-visible" />;
}

/** Whether the room's spectators may read its record (the replay): interviewers grant it, off by default. */
export function RecordAccessSwitch({ roomId, token, spectators, onError }: { roomId: string; token: string; spectators: boolean; onError(message: string): void }) {
  const { t } = useTranslation();
  const send = (on: boolean) => Api.setRecordAccess(roomId, token, on);
  return <RoomSwitch checked={spectators} label={t("controls.recordSpectators")} send={send} onError={onError} testId="record-spectators" />;
}

/** A switch showing a room setting as the room publishes it: a press sends the command, the state doc moves it. */
function RoomSwitch({ checked, label, send, onError, testId }: { checked: boolean; label: string; send(on: boolean): Promise<unknown>; onError(message: string): void; testId: string }) {
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      await send(!checked);
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" role="switch" aria-checked={checked} className="switch" aria-label={label} title={label} disabled={busy} onClick={toggle} data-testid={testId}>
      <span className="switch-track" aria-hidden="true"><span className="switch-thumb" /></span>
      <span className="switch-label">{label}</span>
    </button>
  );
}

/** `recordSpectators`: whether the room's spectators may read its record, switched here beside their links. */
export function InvitesDialog({ roomId, token, onClose, recordSpectators }: { roomId: string; token: string; onClose(): void; recordSpectators: boolean }) {
  const { t } = useTranslation();
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [fresh, setFresh] = useState<Record<string, string>>(() => loadLinks(roomId) ?? {});
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => Api.invites(roomId, token).then((r) => setInvites(r.invites), (e: unknown) => setError(errorMessage(e))), [roomId, token]);
  useEffect(() => void refresh(), [refresh]);
  const act = (p: Promise<unknown>) => p.then(refresh, (e: unknown) => setError(errorMessage(e)));
  // Single-use applies to candidate links: one browser, bound at its first join.
  const [singleUse, setSingleUse] = useState(false);
  const newLink = (role: Role) => act(Api.newInvite(roomId, token, role, role === "candidate" && singleUse).then((r) => setFresh((f) => ({ ...f, [role]: r.link }))));
  return (
    <Modal title={t("controls.invitesTitle")} onClose={onClose}>
      <p className="muted">{t("controls.invitesText")}</p>
      <RecordAccessSwitch roomId={roomId} token={token} spectators={recordSpectators} onError={setError} />
      {(["candidate", "spectator", "interviewer"] as const).map((role) =>
        fresh[role] ? <CopyField key={role} name={role} label={t(`roles.${role}`)} value={fresh[role]} /> : null,
      )}
      <div className="btn-row">
        {(["candidate", "spectator", "interviewer"] as const).map((role) => (
          <button key={role} type="button" className="btn" onClick={() => newLink(role)}>{t("controls.newLink", { role: t(`roleNouns.${role}`) })}</button>
        ))}
      </div>
      <label className="check-field"><input type="checkbox" checked={singleUse} onChange={(e) => setSingleUse(e.target.checked)} data-testid="single-use" /> {t("links.singleUseLabel")}</label>
      {error && <p className="form-error" role="alert">{error}</p>}
      {/* Your own link revoked, this session ends with it: the room's closing says so; no list to refresh. */}
      <InviteTable invites={invites} revoke={(inv, own) => (own ? Api.revoke(roomId, token, inv.id, true).catch((e: unknown) => setError(errorMessage(e))) : act(Api.revoke(roomId, token, inv.id)))} />
    </Modal>
  );
}

export function EndDialog({ roomId, token, onClose }: { roomId: string; token: string; onClose(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const end = () => Api.end(roomId, token).then(onClose, (e: unknown) => setError(errorMessage(e)));
  return (
    <Modal
      title={t("controls.endTitle")}
      onClose={onClose}
      footer={<><button type="button" className="btn" onClick={onClose}>{t("common.cancel")}</button><button type="button" className="btn btn-danger" onClick={end}>{t("controls.endConfirm")}</button></>}
    >
      <p>{t("controls.endText")}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Modal>
  );
}

/** Room lengthenings offered, in hours (the API takes 1 to 168; the room's seven days cap it). */
export const EXTEND_HOURS = [1, 4, 24] as const;

/** Keeps the room open longer: everyone's links keep working until the new time. */
export function ExtendDialog({ roomId, token, expiresAt, onClose }: { roomId: string; token: string; expiresAt: number | null; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [hours, setHours] = useState<number>(EXTEND_HOURS[0]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const extend = () => {
    setBusy(true);
    Api.extend(roomId, token, hours).then(onClose, (e: unknown) => (setError(errorMessage(e)), setBusy(false)));
  };
  return (
    <Modal
      title={t("clock.extendTitle")}
      onClose={onClose}
      footer={<><button type="button" className="btn" onClick={onClose}>{t("common.cancel")}</button><button type="button" className="btn btn-primary" onClick={extend} disabled={busy} data-testid="confirm-extend">{t("clock.extendConfirm")}</button></>}
    >
      {expiresAt !== null && <p>{t("clock.extendCloses", { time: format.dateTime(expiresAt) })}</p>}
      <fieldset className="timer-setup-group">
        <legend>{t("clock.extendBy")}</legend>
        <div className="btn-row">
        {EXTEND_HOURS.map((h) => (
          <button key={h} type="button" className={`btn btn-small ${hours === h ? "btn-primary" : ""}`} aria-pressed={hours === h} onClick={() => setHours(h)} data-testid={`extend-${h}`}>
            {format.duration(h * 3600_000)}
          </button>
        ))}
        </div>
      </fieldset>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Modal>
  );
}

/** Deletes the record at once, for everyone: the room's session still may after the end (during retention). */
export function DeleteRecordDialog({ roomId, token, onClose, onDeleted }: { roomId: string; token: string; onClose(): void; onDeleted(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = () => {
    setBusy(true);
    Api.deleteRecord(roomId, token).then(() => (onDeleted(), onClose()), (e: unknown) => (setError(errorMessage(e)), setBusy(false)));
  };
  return (
    <Modal
      title={t("controls.deleteRecordTitle")}
      onClose={onClose}
      footer={<><button type="button" className="btn" onClick={onClose}>{t("common.cancel")}</button><button type="button" className="btn btn-danger" onClick={remove} disabled={busy} data-testid="confirm-delete-record">{t("controls.deleteRecordConfirm")}</button></>}
    >
      <p>{t("controls.deleteRecordText")}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Modal>
  );
}
