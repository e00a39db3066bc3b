/**
 * The organisation's people: name, role, when they joined. An admin changes a member's role,
 * removes them, or resets their sign-in (their passkeys go; the admin gets a one-time recovery
 * link to hand over). The last admin can't be demoted or removed: the server says so.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ORG_ROLES, type OrgRole } from "../../../contracts/org-roles";
import type { Member } from "../../../contracts/orgs";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { ConfirmButton } from "./ConfirmButton";
import { OrgApi } from "./org-api";
import { ShownOnce } from "./ShownOnce";

export function Members({ orgId, myId, admin, members, reload }: { orgId: string; myId: string; admin: boolean; members: Member[]; reload(): Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [error, setError] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<{ name: string; link: string; expiresAt: number } | null>(null);
  const setRole = async (userId: string, role: OrgRole) => {
    setError(null);
    try {
      await OrgApi.setRole(orgId, userId, role);
    } catch (e) {
      setError(errorMessage(e));
    }
    await reload();
  };
  return (
    <section className="card org-section" aria-labelledby="members-title" data-testid="members">
      <h2 id="members-title">{t("org.membersTitle")}</h2>
      <table className="org-table">
        <thead>
          <tr><th scope="col">{t("org.name")}</th><th scope="col">{t("org.role")}</th><th scope="col">{t("org.joined")}</th>{admin && <th scope="col">{t("org.actions")}</th>}</tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const nameId = `member-${m.userId}`;
            const mine = m.userId === myId;
            return (
              <tr key={m.userId} data-testid="member" data-user-id={m.userId}>
                <th scope="row" id={nameId}><bdi>{m.name}</bdi>{mine && <span className="muted"> {t("org.you")}</span>}</th>
                <td>
                  {admin && !mine ? (
                    <select value={m.role} aria-label={t("org.roleOf", { name: m.name })} onChange={(e) => setRole(m.userId, e.target.value as OrgRole)} data-testid="member-role">
                      {ORG_ROLES.map((r) => <option key={r} value={r}>{t(`org.roles.${r}`)}</option>)}
                    </select>
                  ) : (
                    <span data-testid="member-role-text">{t(`org.roles.${m.role}`)}</span>
                  )}
                </td>
                <td>{format.dateTime(m.joinedAt)}</td>
                {admin && (
                  <td>
                    {!mine && (
                      <div className="org-actions">
                        <ConfirmButton label={t("org.resetSignIn")} describedBy={nameId} testId="reset-sign-in"
                          title={t("org.resetTitle", { name: m.name })} text={t("org.resetText", { name: m.name })} confirmLabel={t("org.resetConfirm")}
                          action={async () => {
                            const r = await OrgApi.resetSignIn(orgId, m.userId);
                            setRecovery({ name: m.name, link: r.link, expiresAt: r.expiresAt });
                          }} />
                        <ConfirmButton label={t("org.remove")} describedBy={nameId} testId="remove-member"
                          title={t("org.removeTitle", { name: m.name })} text={t("org.removeText", { name: m.name })} confirmLabel={t("org.removeConfirm")}
                          action={async () => {
                            await OrgApi.remove(orgId, m.userId);
                            await reload();
                          }} />
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && <p className="form-error" role="alert">{error}</p>}
      {recovery && (
        <ShownOnce name="recovery" label={t("org.recoveryLink", { name: recovery.name })} value={recovery.link}
          warning={t("org.recoveryWarning", { when: format.dateTime(recovery.expiresAt) })} onDone={() => setRecovery(null)} />
      )}
    </section>
  );
}
