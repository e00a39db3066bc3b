/** /r/:roomId — join with the invite from the link, or resume this tab's session; then the live room. */
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import { Logo } from "../components/TopBar";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { Api, ApiError } from "../lib/api";
import { clearSession, loadSession, takeInviteFromUrl, type Session } from "../lib/session";
import { RoomConnection } from "../room/connection";
import { RoomContext } from "../room/hooks";
import { RoomView } from "../room/RoomView";
import { Join } from "./Join";

export function RoomPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const [{ invite, session: initial }] = useState(() => {
    const hadToken = location.hash.includes("token=");
    const invite = takeInviteFromUrl(roomId);
    if (hadToken) clearSession(roomId); // a link opened anew is a new join
    return { invite, session: loadSession(roomId) };
  });
  const [session, setSession] = useState<Session | null>(initial);
  const [gone, setGone] = useState<401 | 403 | 404 | null>(null);

  useEffect(() => {
    if (!session) return;
    document.title = `${session.title} · Duet`;
    Api.getRoom(roomId, session.token).catch((e) => {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
        clearSession(roomId);
        setGone(e.status);
      }
    });
  }, [roomId, session]);

  if (gone) {
    return (
      <div className="landing join">
        <nav className="landing-nav"><Logo /><span className="nav-tools"><LocaleSwitcher /></span></nav>
        <main className="join-main"><section className="card join-card" data-testid="room-unavailable">
          <h1>{t("roomPage.unavailable")}</h1><p className="muted">{t(`roomPage.gone${gone}`)}</p><a className="btn btn-primary btn-block" href="/">{t("common.startNewInterview")}</a>
        </section></main>
      </div>
    );
  }
  if (!session) return <Join roomId={roomId} invite={invite} onJoined={setSession} />;
  return <LiveRoom roomId={roomId} session={session} />;
}

function LiveRoom({ roomId, session }: { roomId: string; session: Session }) {
  const { t } = useTranslation();
  const [conn, setConn] = useState<RoomConnection | null>(null);
  const [languages, setLanguages] = useState<ApiLanguage[]>([]);
  useEffect(() => {
    const c = new RoomConnection(roomId, session.token, session.identity);
    c.connect();
    setConn(c);
    return () => c.destroy();
  }, [roomId, session]);
  useEffect(() => {
    Api.languages().then((r) => setLanguages(r.languages.map((l) => ({ ...l, available: l.available ?? true }))), () => {});
  }, []);
  const ctx = useMemo(
    () => (conn ? { conn, roomId, token: session.token, me: session.identity, languages } : null),
    [conn, roomId, session, languages],
  );
  if (!ctx || languages.length === 0) return <div className="page-loading" aria-busy="true"><span className="spinner" /> {t("roomPage.connecting")}</div>;
  return (
    <RoomContext.Provider value={ctx}>
      <RoomView />
    </RoomContext.Provider>
  );
}
