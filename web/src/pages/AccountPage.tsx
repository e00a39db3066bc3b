/**
 * /account: the signed-in interviewer's own page — their name, their teams, their passkeys, their
 * data (download, delete), signing out. Its
 * own chunk: the landing page doesn't carry it. Signed out, it points back to the sign-in.
 */
import { type MouseEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { AccountData } from "../account/AccountData";
import { Passkeys } from "../account/Passkeys";
import { TeamLinks } from "../account/TeamLinks";
import { useMe } from "../account/useMe";
import { Logo } from "../components/TopBar";
import { PageNav } from "./PageNav";

export function AccountPage({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const { me, refresh } = useMe();
  useEffect(() => {
    document.title = t("accountPage.documentTitle");
  }, [t]);
  const home = (e: MouseEvent) => {
    e.preventDefault();
    navigate("/");
  };
  return (
    <div className="landing">
      <PageNav brand={<a href="/" className="brand" onClick={home} aria-label={t("app.home")}><Logo /></a>} me={me} navigate={navigate} onSignedOut={refresh} />
      <main className="account-main">
        <div className="card account-page-card">
          <h1>{t("accountPage.title")}</h1>
          {me === undefined ? (
            <p className="muted">{t("app.loading")}</p>
          ) : me.user ? (
            <>
              <p className="muted">{t("accountPage.signedInAs", { name: me.user.name })}</p>
              <TeamLinks teams={me.organizations} navigate={navigate} />
              <Passkeys />
              <AccountData userId={me.user.id} onDeleted={async () => {
                await refresh();
                navigate("/");
              }} />
            </>
          ) : (
            <p className="muted" data-testid="signed-out">{t("accountPage.signedOut")}</p>
          )}
          <p><a href="/" onClick={home}>{t("accountPage.back")}</a></p>
        </div>
      </main>
    </div>
  );
}
