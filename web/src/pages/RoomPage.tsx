/**
 * /r/:roomId — the live room with this tab's session, else with this browser's durable room session
 * (the HttpOnly cookie a join set: a reload, a new tab, a restart re-enter without the link), else
 * the join page. An ended room opens read-only for its interviewers (ended/EndedRoom.tsx); its
 * candidate is told it has ended.
 */
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import type { RoomSessionResponse } from "../../../contracts/room-session";
import { preloadEditor } from "../components/CodeEditor";
import { Logo } from "../components/TopBar";
import { EndedRoom } from "../ended/EndedRoom";
import { errorMessage } from "../i18n/errors";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { ApiError } from "../lib/api";
import { RoomSessionApi } from "../lib/room-session-api";
import { clearSession, COOKIE_SESSION, loadSession, saveSession, takeInviteFromUrl, type Session } from "../lib/session";
import { RoomConnection } from "../room/connection";
import { RoomContext } from "../room/hooks";
import { loadLanguages } from "../room/load-languages";
import { RoomView } from "../room/RoomView";
import { Join } from "./Join";

type Entry =
  | { kind: "checking" }
  | { kind: "join"; existing: RoomSessionResponse | null }
  | { kind: "live"; session: Session }
  | { kind: "ended"; info: RoomSessionResponse; token: string }
  | { kind: "gone"; status: 401 | 403 | 404 }
  | { kind: "failed"; message: string };

const refused = (e: unknown): e is ApiError & { status: 401 | 403 | 404 } => e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404);

/**
 * Where this tab stands in the room. This tab's own session first; else the browser's cookie — unless
 * a link was just opened, which is a join (the page offers to continue as the cookie's participant).
 */
async function enter(roomId: string, tab: Session | null, invite: string | null): Promise<Entry> {
  if (tab) {
    try {
      const s = await RoomSessionApi.get(roomId, tab.token);
      if (!s) throw new ApiError(401, "unauthorized", "");
      return s.status === "live" ? { kind: "live", session: tab } : { kind: "ended", info: s, token: tab.token };
    } catch (e) {
      if (!refused(e)) throw e;
      clearSession(roomId);
      if (!invite) return { kind: "gone", status: e.status };
    }
  }
  let existing: RoomSessionResponse | null = null;
  try {
    existing = await RoomSessionApi.get(roomId);
  } catch (e) {
    if (!refused(e)) throw e;
  }
  if (existing && existing.status !== "live") return { kind: "ended", info: existing, token: COOKIE_SESSION };
  if (existing && !invite) {
    const session = { token: COOKIE_SESSION, identity: existing.identity, title: existing.room.title };
    saveSession(roomId, session);
    return { kind: "live", session };
  }
  return { kind: "join", existing };
}

export function RoomPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const [{ invite, tab }] = useState(() => {
    const hadToken = location.hash.includes("token=");
    const invite = takeInviteFromUrl(roomId);
    if (hadToken) clearSession(roomId); // a link opened anew is a new join
    return { invite, tab: loadSession(roomId) };
  });
  const [entry, setEntry] = useState<Entry>({ kind: "checking" });

  useEffect(() => {
    let live = true;
    enter(roomId, tab, invite).then((e) => live && setEntry(e), (e) => live && setEntry({ kind: "failed", message: errorMessage(e) }));
    return () => {
      live = false;
    };
  }, [roomId, tab, invite]);

  useEffect(() => {
    if (entry.kind === "live") document.title = `${entry.session.title} · Duet`;
    if (entry.kind === "ended") document.title = `${entry.info.room.title} · Duet`;
  }, [entry]);

  switch (entry.kind) {
    case "checking":
      return <div className="page-loading" aria-busy="true"><span className="spinner" /> {t("roomPage.connecting")}</div>;
    case "join":
      return <Join roomId={roomId} invite={invite} existing={entry.existing} onJoined={(session) => setEntry({ kind: "live", session })} />;
    case "live":
      return <LiveRoom roomId={roomId} session={entry.session} />;
    case "ended":
      return <EndedRoom roomId={roomId} info={entry.info} token={entry.token} />;
    case "gone":
      return <Unavailable text={t(`roomPage.gone${entry.status}`)} />;
    case "failed":
      return <Unavailable text={entry.message} />;
  }
}

function Unavailable({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div className="landing join">
      <nav className="landing-nav"><Logo /><span className="nav-tools"><LocaleSwitcher /></span></nav>
      <main className="join-main"><section className="card join-card" data-testid="room-unavailable">
        <h1>{t("roomPage.unavailable")}</h1><p className="muted">{text}</p><a className="btn btn-primary btn-block" href="/">{t("common.startNewInterview")}</a>
      </section></main>
    </div>
  );
}

function LiveRoom({ roomId, session }: { roomId: string; session: Session }) {
  const { t } = useTranslation();
  const [conn, setConn] = useState<RoomConnection | null>(null);
  const [languages, setLanguages] = useState<ApiLanguage[]>([]);
  useEffect(() => {
    preloadEditor(); // a reload or re-entry skips the Join click that starts it otherwise
    const c = new RoomConnection(roomId, session.token, session.identity);
    c.connect();
    setConn(c);
    return () => c.destroy();
  }, [roomId, session]);
  useEffect(() => {
    loadLanguages().then(setLanguages, () => {});
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
