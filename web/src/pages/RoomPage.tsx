/** /r/:roomId — join with the invite from the link, or resume this tab's session; then the live room. */
import { useEffect, useMemo, useState } from "react";
import type { LanguageInfo } from "../../../contracts/languages";
import { Api, ApiError } from "../lib/api";
import { clearSession, loadSession, takeInviteFromUrl, type Session } from "../lib/session";
import { RoomConnection } from "../room/connection";
import { RoomContext } from "../room/hooks";
import { RoomView } from "../room/RoomView";
import { Join } from "./Join";

export function RoomPage({ roomId }: { roomId: string }) {
  const [{ invite, session: initial }] = useState(() => {
    const hadToken = location.hash.includes("token=");
    const invite = takeInviteFromUrl(roomId);
    if (hadToken) clearSession(roomId); // a link opened anew is a new join
    return { invite, session: loadSession(roomId) };
  });
  const [session, setSession] = useState<Session | null>(initial);
  const [gone, setGone] = useState<string | null>(null);

  useEffect(() => {
    if (!session) return;
    document.title = `${session.title} · Duet`;
    Api.getRoom(roomId, session.token).catch((e) => {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
        clearSession(roomId);
        setGone(e.message);
      }
    });
  }, [roomId, session]);

  if (gone) {
    return (
      <div className="landing join"><main className="join-main"><section className="card join-card">
        <h2>This room isn't available</h2><p className="muted">{gone}</p><a className="btn btn-primary btn-block" href="/">Start a new interview</a>
      </section></main></div>
    );
  }
  if (!session) return <Join roomId={roomId} invite={invite} onJoined={setSession} />;
  return <LiveRoom roomId={roomId} session={session} />;
}

function LiveRoom({ roomId, session }: { roomId: string; session: Session }) {
  const [conn, setConn] = useState<RoomConnection | null>(null);
  const [languages, setLanguages] = useState<LanguageInfo[]>([]);
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
  if (!ctx || languages.length === 0) return <div className="page-loading" aria-busy="true"><span className="spinner" /> Connecting to the room…</div>;
  return (
    <RoomContext.Provider value={ctx}>
      <RoomView />
    </RoomContext.Provider>
  );
}
