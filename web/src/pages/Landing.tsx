/**
 * Landing: who you are and what you can start. Signed out: sign in with a passkey or create an
 * account, and — only where this server allows rooms without an account (a local development
 * server) — today's create-room form, saying so. Signed in: a team to name first if the account
 * has none, then the create-room form, "Your interviews" from the account, and links to its teams' pages.
 * Without an account, "Your interviews" are the rooms this browser created or joined (its room cookies).
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../contracts/org-roles";
import { SignInCard } from "../account/SignInCard";
import { TeamLinks } from "../account/TeamLinks";
import { TeamStep } from "../account/TeamStep";
import { type Me, useMe } from "../account/useMe";
import { KnownInterviews } from "../account/KnownInterviews";
import { YourInterviews } from "../account/YourInterviews";
import { Logo } from "../components/TopBar";
import { knownRooms } from "../lib/known-rooms";
import { CreateRoomForm } from "./CreateRoomForm";
import { PageNav } from "./PageNav";
import { type CreatedRoom, RoomReady } from "./RoomReady";

export function Landing({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const { me, refresh } = useMe();
  const [created, setCreated] = useState<CreatedRoom | null>(null);
  const [listVersion, setListVersion] = useState(0);
  useEffect(() => {
    document.title = t("app.title");
  }, [t]);
  const onCreated = (room: CreatedRoom) => {
    setCreated(room);
    setListVersion((v) => v + 1);
  };
  const signedOut = async () => {
    setCreated(null);
    await refresh();
  };

  return (
    <div className="landing">
      <PageNav brand={<Logo />} me={me} navigate={navigate} onSignedOut={signedOut} />
      <main className="landing-main">
        <section className="hero">
          <h1>{t("landing.heroLine1")}<br /><span className="accent-text">{t("landing.heroLine2")}</span></h1>
          <p>{t("landing.heroText")}</p>
          <ul className="hero-points">
            <li>{t("landing.pointCursors")}</li><li>{t("landing.pointSandbox")}</li><li>{t("landing.pointNotes")}</li>
          </ul>
        </section>
        <div className="landing-side">
          {me === undefined ? (
            <div className="card page-loading" aria-busy="true"><span className="spinner" /> {t("app.loading")}</div>
          ) : created ? (
            <section className="card create-card" aria-labelledby="create-title"><RoomReady created={created} navigate={navigate} /></section>
          ) : (
            <StartCards me={me} onCreated={onCreated} refresh={refresh} />
          )}
        </div>
        {me?.user && (
          <div className="landing-below">
            <YourInterviews key={listVersion} navigate={navigate} />
            <TeamLinks teams={me.organizations} navigate={navigate} card />
          </div>
        )}
        {me && !me.user && knownRooms().length > 0 && (
          <div className="landing-below">
            <KnownInterviews key={listVersion} navigate={navigate} />
          </div>
        )}
      </main>
    </div>
  );
}

/** What a person can start from here, by who they are and what this server allows. */
function StartCards({ me, onCreated, refresh }: { me: Me; onCreated(room: CreatedRoom): void; refresh(): Promise<void> }) {
  const { t } = useTranslation();
  if (!me.user) {
    return (
      <>
        {me.anonymousRooms && <section className="card create-card" aria-labelledby="create-title"><CreateRoomForm orgs={null} onCreated={onCreated} /></section>}
        <SignInCard me={me} required={!me.anonymousRooms} onSignedIn={refresh} />
      </>
    );
  }
  const running = me.organizations.filter((o) => can(o.role, "runInterviews"));
  return (
    <section className="card create-card" aria-labelledby="create-title">
      {me.organizations.length === 0 ? (
        <TeamStep onCreated={refresh} />
      ) : running.length > 0 ? (
        <CreateRoomForm orgs={running} onCreated={onCreated} />
      ) : (
        <>
          <h2 id="create-title">{t("landing.startTitle")}</h2>
          <p className="muted">{t("landing.reviewerOnly")}</p>
        </>
      )}
    </section>
  );
}
