/**
 * Invite links, for admins: make one for a role and a validity, copy it (shown once: only its
 * hash is kept), and see every link's state — open, used (by whom), expired, revoked — with revoke.
 */
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ORG_ROLES, type OrgRole } from "../../../contracts/org-roles";
import type { Member, OrgInvite } from "../../../contracts/orgs";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { useAction } from "../account/useAction";
import { OrgApi } from "./org-api";
import { ColumnHeads } from "./parts";
import { ShownOnce } from "./ShownOnce";
import { useLoad } from "./useLoad";

const VALIDITY_HOURS = [24, 72, 168] as const;

type InviteState = "open" | "used" | "expired" | "revoked";
const stateOf = (i: OrgInvite, now = Date.now()): InviteState =>
  i.usedAt !== null ? "used" : i.revokedAt !== null ? "revoked" : i.expiresAt <= now ? "expired" : "open";

export function InviteLinks({ orgId, members, onChange }: { orgId: string; members: Member[]; onChange(): Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error: loadError, reload } = useLoad(useCallback(() => OrgApi.invites(orgId), [orgId]));
  const [role, setRole] = useState<OrgRole>("interviewer");
  const [hours, setHours] = useState<number>(72);
  const [link, setLink] = useState<string | null>(null);
  const { busy, error, run } = useAction<string>(errorMessage);
  const act = async (what: string, action: () => Promise<void>) => {
    await run(what, action);
    await Promise.all([reload(), onChange()]);
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    void act("create", async () => setLink((await OrgApi.createInvite(orgId, { role, ttlHours: hours })).link));
  };
  const nameOf = (userId: string | null) => members.find((m) => m.userId === userId)?.name ?? t("org.formerMember");
  const stateText = (i: OrgInvite) => {
    const state = stateOf(i);
    if (state === "used") return t("org.inviteUsed", { name: nameOf(i.usedBy) });
    return { open: t("org.inviteOpen"), expired: t("org.inviteExpired"), revoked: t("org.inviteRevoked") }[state];
  };
  return (
    <section className="card org-section" aria-labelledby="invites-title" data-testid="invites">
      <h2 id="invites-title">{t("org.invitesTitle")}</h2>
      <p className="muted">{t("org.invitesText")}</p>
      <form className="org-form" onSubmit={create}>
        <label className="field"><span>{t("org.inviteRole")}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as OrgRole)} data-testid="invite-role">
            {ORG_ROLES.map((r) => <option key={r} value={r}>{t(`org.roles.${r}`)}</option>)}
          </select>
        </label>
        <label className="field"><span>{t("org.inviteValidity")}</span>
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {VALIDITY_HOURS.map((h) => <option key={h} value={h}>{t("org.days", { count: h / 24 })}</option>)}
          </select>
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy !== null} data-testid="create-invite">{t("org.createInvite")}</button>
      </form>
      {link && <ShownOnce name="org-invite" label={t("org.inviteLink")} value={link} warning={t("org.inviteLinkWarning")} onDone={() => setLink(null)} />}
      {(error ?? loadError) && <p className="form-error" role="alert">{error ?? loadError}</p>}
      {data && data.invites.length > 0 && (
        <table className="org-table">
          <caption className="sr-only">{t("org.invitesTitle")}</caption>
          <ColumnHeads names={[t("org.role"), t("org.created"), t("org.expires"), t("org.state"), t("org.actions")]} />
          <tbody>
            {data.invites.map((i) => (
              <tr key={i.id} data-testid="invite">
                <td id={`invite-${i.id}`}>{t(`org.roles.${i.role}`)}</td>
                <td>{format.dateTime(i.createdAt)}</td>
                <td>{format.dateTime(i.expiresAt)}</td>
                <td><bdi>{stateText(i)}</bdi></td>
                <td>
                  {stateOf(i) === "open" && (
                    <button type="button" className="btn btn-small btn-danger-ghost" disabled={busy !== null} aria-describedby={`invite-${i.id}`}
                      onClick={() => act(i.id, async () => void (await OrgApi.revokeInvite(orgId, i.id)))} data-testid="revoke-invite">
                      {t("org.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
