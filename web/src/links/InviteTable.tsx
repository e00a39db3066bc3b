/**
 * The room's links for its interviewers: each link's role and age, whether it is single-use (and
 * used), who joined through it and when, and its revoke button — which, on the link the interviewer
 * is in themselves, first asks, saying it disconnects them.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Invite } from "../lib/api";
import { useFormat } from "../i18n/format";

interface Props {
  invites: Invite[] | null;
  /** `own`: the asker's own link, confirmed. */
  revoke(invite: Invite, own: boolean): void;
}

export function InviteTable({ invites, revoke }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [confirming, setConfirming] = useState<Invite | null>(null);
  const when = (at: number) => <time dateTime={new Date(at).toISOString()} title={format.dateTime(at)}>{format.relative(at)}</time>;
  return (
    <>
      {confirming && (
        <div className="confirm-box" role="alertdialog" aria-labelledby="revoke-own-title" aria-describedby="revoke-own-text" data-testid="revoke-own">
          <h3 id="revoke-own-title">{t("links.revokeOwnTitle")}</h3>
          <p id="revoke-own-text">{t("links.revokeOwnText")}</p>
          <div className="btn-row">
            <button type="button" className="btn" onClick={() => setConfirming(null)}>{t("common.cancel")}</button>
            <button type="button" className="btn btn-danger" onClick={() => (revoke(confirming, true), setConfirming(null))} data-testid="confirm-revoke-own">{t("links.revokeOwnConfirm")}</button>
          </div>
        </div>
      )}
      <table className="invite-table">
        <caption className="sr-only">{t("controls.tableCaption")}</caption>
        <thead><tr><th>{t("controls.role")}</th><th>{t("controls.created")}</th><th>{t("controls.status")}</th><th>{t("links.joined")}</th><th><span className="sr-only">{t("controls.actions")}</span></th></tr></thead>
        <tbody>
          {invites?.map((inv) => (
            <tr key={inv.id} data-testid="invite-row" data-invite={inv.id}>
              <td>
                <span className={`role-badge role-${inv.role}`}>{t(`roles.${inv.role}`)}</span>
                {inv.yours && <> <span className="role-badge">{t("links.yourLink")}</span></>}
                {inv.singleUse && <> <span className="role-badge">{inv.usedAt ? t("links.usedBadge") : t("links.singleUseBadge")}</span></>}
              </td>
              <td>{when(inv.createdAt)}</td>
              <td>{inv.revokedAt ? t("controls.revoked") : t("controls.active")}</td>
              <td data-testid="invite-joined">
                {inv.joined.length === 0 ? <span className="muted">{t("links.nobodyYet")}</span> : (
                  <ul className="invite-joined">{inv.joined.map((j) => <li key={`${j.name}-${j.firstJoinedAt}`}><bdi translate="no">{j.name}</bdi> · {when(j.firstJoinedAt)}</li>)}</ul>
                )}
              </td>
              <td>
                {!inv.revokedAt && (
                  <button
                    type="button" className="btn btn-small btn-danger-ghost" data-testid="revoke-invite"
                    onClick={() => (inv.yours ? setConfirming(inv) : revoke(inv, false))}
                    aria-label={t("controls.revokeLabel", { role: t(`roleNouns.${inv.role}`), time: format.time(inv.createdAt) })}
                  >{t("controls.revoke")}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
