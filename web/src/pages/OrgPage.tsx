/**
 * /org/:orgId: a team's own page. Every member sees its name, members and roles; reviewers and
 * admins its interviews (and watch one as spectator); admins manage invite links, members, settings,
 * API keys, webhooks, and read the audit log. Its own chunk, like /account.
 */
import { type MouseEvent, useCallback, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../contracts/org-roles";
import { useMe } from "../account/useMe";
import { errorMessage } from "../i18n/errors";
import { ApiError } from "../lib/api";
import { Logo } from "../components/TopBar";
import { ApiKeys } from "../org/ApiKeys";
import { AuditLog } from "../org/AuditLog";
import { InviteLinks } from "../org/InviteLinks";
import { Members } from "../org/Members";
import { OrgApi } from "../org/org-api";
import { OrgInterviews } from "../org/OrgInterviews";
import { OrgSettings } from "../org/OrgSettings";
import { OrgRubric } from "../scorecard/OrgRubric";
import { useLoad } from "../org/useLoad";
import { Webhooks } from "../org/Webhooks";
import { PageNav } from "./PageNav";

export function OrgPage({ orgId, navigate }: { orgId: string; navigate(path: string): void }) {
  const { t } = useTranslation();
  const { me, refresh } = useMe();
  const { data, error, reload } = useLoad(useCallback(() => OrgApi.org(orgId), [orgId]), (e) => (e instanceof ApiError && e.status === 404 ? t("org.notFound") : errorMessage(e)));
  useEffect(() => {
    document.title = t("org.documentTitle", { name: data?.org.name ?? t("org.team") });
  }, [t, data]);
  const home = (e: MouseEvent) => {
    e.preventDefault();
    navigate("/");
  };
  const admin = data ? can(data.role, "manageOrganisation") : false;
  return (
    <div className="landing">
      <PageNav brand={<a href="/" className="brand" onClick={home} aria-label={t("app.home")}><Logo /></a>} me={me} navigate={navigate} onSignedOut={refresh} />
      <main className="org-main">
        {me && !me.user ? (
          <div className="card"><h1>{t("org.team")}</h1><p className="muted" data-testid="signed-out">{t("accountPage.signedOut")}</p></div>
        ) : error ? (
          <div className="card"><h1>{t("org.team")}</h1><p className="form-error" role="alert">{error}</p></div>
        ) : !data || !me?.user ? (
          <div className="card page-loading" aria-busy="true"><span className="spinner" /> {t("app.loading")}</div>
        ) : (
          <>
            <header className="org-head">
              <h1 data-testid="org-name"><bdi>{data.org.name}</bdi></h1>
              <p className="muted">{t("org.yourRole", { role: t(`org.roles.${data.role}`) })}</p>
            </header>
            <Members orgId={orgId} myId={me.user.id} admin={admin} members={data.members} reload={reload} />
            {can(data.role, "seeAllInterviews") && <OrgInterviews orgId={orgId} navigate={navigate} />}
            {admin && (
              <>
                <InviteLinks orgId={orgId} members={data.members} onChange={reload} />
                <OrgSettings orgId={orgId} />
                <OrgRubric orgId={orgId} />
                <ApiKeys orgId={orgId} />
                <Webhooks orgId={orgId} />
                <AuditLog orgId={orgId} />
              </>
            )}
          </>
        )}
        <p><a href="/" onClick={home}>{t("org.back")}</a></p>
      </main>
    </div>
  );
}
