/**
 * /r/:roomId/replay — the interview's record played back. The reader is an interviewer with this
 * tab's room session, or a signed-in account (the cookie) of the room's interviewer or of its
 * organisation's reviewers; the API refuses anyone else, and the page says why in words.
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import { Logo } from "../components/TopBar";
import { t } from "../i18n";
import { errorMessage } from "../i18n/errors";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { Api, ApiError } from "../lib/api";
import { loadSession } from "../lib/session";
import { type LoadedRecord, loadRecord } from "../replay/record-api";

const ReplayView = lazy(() => import("../replay/ReplayView"));

type State =
  | { kind: "loading"; events: number }
  | { kind: "failed"; error: unknown }
  | { kind: "ready"; record: LoadedRecord; languages: ApiLanguage[]; token: string | undefined };

/** With this tab's room session; when that has ended (401), with the account cookie alone. */
async function load(roomId: string, token: string | undefined, onPage: (events: number) => void): Promise<{ record: LoadedRecord; token: string | undefined }> {
  try {
    return { record: await loadRecord(roomId, token, onPage), token };
  } catch (e) {
    if (!token || !(e instanceof ApiError) || e.status !== 401) throw e;
    return { record: await loadRecord(roomId, undefined, onPage), token: undefined };
  }
}

export function ReplayPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const [session] = useState(() => loadSession(roomId));
  const [state, setState] = useState<State>({ kind: "loading", events: 0 });

  useEffect(() => {
    let live = true;
    const languages = Api.languages().then((r) => r.languages.map((l) => ({ ...l, available: l.available ?? true })), () => [] as ApiLanguage[]);
    load(roomId, session?.token, (events) => live && setState({ kind: "loading", events }))
      .then(async ({ record, token }) => live && setState({ kind: "ready", record, token, languages: await languages }))
      .catch((error) => live && setState({ kind: "failed", error }));
    return () => {
      live = false;
    };
  }, [roomId, session]);

  useEffect(() => {
    const title = state.kind === "ready" ? state.record.head.room.title : session?.title;
    document.title = title ? `${t("replay.title")} · ${title} · Duet` : `${t("replay.title")} · Duet`;
  }, [state, session, t]);

  if (state.kind === "ready") {
    return (
      <Suspense fallback={<Loading text={t("replay.loading")} />}>
        <ReplayView roomId={roomId} token={state.token} role={state.token ? (session?.identity.role ?? null) : null} record={state.record} languages={state.languages} />
      </Suspense>
    );
  }
  if (state.kind === "loading") return <Loading text={state.events > 0 ? t("replay.loadingEvents", { count: state.events }) : t("replay.loading")} />;
  return (
    <div className="landing join">
      <nav className="landing-nav"><a href="/" aria-label={t("app.home")}><Logo /></a><span className="nav-tools"><LocaleSwitcher /></span></nav>
      <main className="join-main">
        <section className="card join-card" data-testid="replay-unavailable">
          <h1>{t("replay.unavailable")}</h1>
          <p className="muted">{refusal(state.error, !!session)}</p>
          <a className="btn btn-primary btn-block" href="/">{t("replay.home")}</a>
        </section>
      </main>
    </div>
  );
}

/** Why the record is not shown: who may read it, in the reader's situation. */
function refusal(e: unknown, hadSession: boolean): string {
  if (!(e instanceof ApiError)) return errorMessage(e);
  if (e.status === 401) return hadSession ? t("replay.sessionEnded") : t("replay.signIn");
  if (e.status === 403) return t("replay.forbidden");
  if (e.status === 404) return t("replay.notFound");
  return errorMessage(e);
}

function Loading({ text }: { text: string }) {
  return <div className="page-loading" aria-busy="true"><span className="spinner" /> {text}</div>;
}
