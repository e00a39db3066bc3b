/**
 * Interviewer-only controls: the candidate's read-only switch, whether the candidate sees the
 * observers, whether spectators may read the record, invite links (new, revoke), ending the room,
 * and deleting its record once it ended.
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../contracts/wire";
import { Api, type Invite } from "../lib/api";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { loadLinks } from "../lib/session";
import { CopyField } from "./CopyField";
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
  const format = useFormat();
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [fresh, setFresh] = useState<Record<string, string>>(() => loadLinks(roomId) ?? {});
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => Api.invites(roomId, token).then((r) => setInvites(r.invites), (e: unknown) => setError(errorMessage(e))), [roomId, token]);
  useEffect(() => void refresh(), [refresh]);
  const act = (p: Promise<unknown>) => p.then(refresh, (e: unknown) => setError(errorMessage(e)));
  const newLink = (role: Role) => act(Api.newInvite(roomId, token, role).then((r) => setFresh((f) => ({ ...f, [role]: r.link }))));
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
      {error && <p className="form-error" role="alert">{error}</p>}
      <table className="invite-table">
        <caption className="sr-only">{t("controls.tableCaption")}</caption>
        <thead><tr><th>{t("controls.role")}</th><th>{t("controls.created")}</th><th>{t("controls.status")}</th><th><span className="sr-only">{t("controls.actions")}</span></th></tr></thead>
        <tbody>
          {invites?.map((inv) => (
            <tr key={inv.id}>
              <td><span className={`role-badge role-${inv.role}`}>{t(`roles.${inv.role}`)}</span></td>
              <td><time dateTime={new Date(inv.createdAt).toISOString()} title={format.dateTime(inv.createdAt)}>{format.relative(inv.createdAt)}</time></td>
              <td>{inv.revokedAt ? t("controls.revoked") : t("controls.active")}</td>
              <td>{!inv.revokedAt && <button type="button" className="btn btn-small btn-danger-ghost" onClick={() => act(Api.revoke(roomId, token, inv.id))} aria-label={t("controls.revokeLabel", { role: t(`roleNouns.${inv.role}`), time: format.time(inv.createdAt) })}>{t("controls.revoke")}</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
