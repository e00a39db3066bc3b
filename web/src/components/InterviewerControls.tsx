/** Interviewer-only controls: the candidate's read-only switch, invite links (new, revoke) and ending the room. */
import { useCallback, useEffect, useState } from "react";
import type { Role } from "../../../contracts/wire";
import { Api, type Invite } from "../lib/api";
import { formatTime, ROLE_LABEL } from "../lib/format";
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
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      await Api.setReadOnly(roomId, token, !candidateReadOnly);
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" role="switch" aria-checked={!candidateReadOnly} className="switch" aria-label="Candidate can edit" title="Candidate can edit" disabled={busy} onClick={toggle} data-testid="candidate-can-edit">
      <span className="switch-track" aria-hidden="true"><span className="switch-thumb" /></span>
      <span className="switch-label">Candidate can edit</span>
    </button>
  );
}

export function InvitesDialog({ roomId, token, onClose }: { roomId: string; token: string; onClose(): void }) {
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [fresh, setFresh] = useState<Record<string, string>>(() => loadLinks(roomId) ?? {});
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => Api.invites(roomId, token).then((r) => setInvites(r.invites), (e: Error) => setError(e.message)), [roomId, token]);
  useEffect(() => void refresh(), [refresh]);
  const act = (p: Promise<unknown>) => p.then(refresh, (e: Error) => setError(e.message));
  const newLink = (role: Role) => act(Api.newInvite(roomId, token, role).then((r) => setFresh((f) => ({ ...f, [role]: r.link }))));
  return (
    <Modal title="Invite links" onClose={onClose}>
      <p className="muted">Anyone with a link joins with its role. Revoking a link disconnects everyone who used it.</p>
      {(["candidate", "spectator", "interviewer"] as const).map((role) =>
        fresh[role] ? <CopyField key={role} label={ROLE_LABEL[role]} value={fresh[role]} /> : null,
      )}
      <div className="btn-row">
        {(["candidate", "spectator", "interviewer"] as const).map((role) => (
          <button key={role} type="button" className="btn" onClick={() => newLink(role)}>New {ROLE_LABEL[role].toLowerCase()} link</button>
        ))}
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <table className="invite-table">
        <caption className="sr-only">Links for this room</caption>
        <thead><tr><th>Role</th><th>Created</th><th>Status</th><th><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {invites?.map((inv) => (
            <tr key={inv.id}>
              <td><span className={`role-badge role-${inv.role}`}>{ROLE_LABEL[inv.role]}</span></td>
              <td>{formatTime(inv.createdAt)}</td>
              <td>{inv.revokedAt ? "Revoked" : "Active"}</td>
              <td>{!inv.revokedAt && <button type="button" className="btn btn-small btn-danger-ghost" onClick={() => act(Api.revoke(roomId, token, inv.id))} aria-label={`Revoke ${ROLE_LABEL[inv.role].toLowerCase()} link created ${formatTime(inv.createdAt)}`}>Revoke</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}

export function EndDialog({ roomId, token, onClose }: { roomId: string; token: string; onClose(): void }) {
  const [error, setError] = useState<string | null>(null);
  const end = () => Api.end(roomId, token).then(onClose, (e: Error) => setError(e.message));
  return (
    <Modal
      title="End the interview?"
      onClose={onClose}
      footer={<><button type="button" className="btn" onClick={onClose}>Cancel</button><button type="button" className="btn btn-danger" onClick={end}>End interview</button></>}
    >
      <p>Everyone is disconnected and the room becomes read-only for good. The code, runs and chat stay in the record.</p>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Modal>
  );
}
