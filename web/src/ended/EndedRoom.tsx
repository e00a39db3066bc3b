/**
 * An ended (or expired) room, read-only: its interviewers read the final code of each language, the
 * notes, the submissions' verdicts and their scorecard, with the way to the replay; a spectator the
 * record lets in reads the code; a candidate is thanked. Everything comes from the record (its code
 * at the end) and the API, with this tab's session or this browser's room cookie.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import type { CodeAtResponse } from "../../../contracts/record";
import type { ResponseBody } from "../../../contracts/route-bodies";
import type { RoomSessionResponse } from "../../../contracts/room-session";
import { Logo } from "../components/TopBar";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { Api, api, ApiError } from "../lib/api";
import { ReplayNotes } from "../replay/Panels";
import { codeAt } from "../replay/record-api";
import { ScorecardPanel } from "../scorecard/ScorecardPanel";
import "./ended.css";

type Submission = ResponseBody<"submissions">["submissions"][number];
type Loaded<T> = { kind: "loading" } | { kind: "ready"; value: T } | { kind: "failed"; error: unknown };

/** Loads once per room; a refusal is a state the page words, not an exception. */
function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: "loading" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads
  useEffect(() => {
    let live = true;
    load().then((value) => live && setState({ kind: "ready", value }), (error) => live && setState({ kind: "failed", error }));
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

export function EndedRoom({ roomId, info, token }: { roomId: string; info: RoomSessionResponse; token: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { room, identity, status } = info;
  const when = room.endedAt ?? room.expiresAt;
  const heading = status === "expired" ? t("reentry.expiredTitle") : t("reentry.endedTitle");
  return (
    <div className="landing ended-page" data-testid="ended-room" data-role={identity.role}>
      <nav className="landing-nav"><a href="/" aria-label={t("app.home")}><Logo /></a><span className="nav-tools"><LocaleSwitcher /></span></nav>
      <main className="ended-main">
        <header className="ended-head">
          <h1 translate="no"><bdi>{room.title || t("common.defaultTitle")}</bdi></h1>
          <p className="ended-status" role="status" data-testid="ended-status">{heading} · {format.dateTime(when)}</p>
        </header>
        {identity.role === "candidate" ? (
          <section className="card final-card" data-testid="ended-thanks">
            <p>{t("reentry.candidateThanks")}</p>
            <a className="btn btn-primary" href="/">{t("common.startNewInterview")}</a>
          </section>
        ) : (
          <FinalState roomId={roomId} token={token} at={when} interviewer={identity.role === "interviewer"} />
        )}
      </main>
    </div>
  );
}

function FinalState({ roomId, token, at, interviewer }: { roomId: string; token: string; at: number; interviewer: boolean }) {
  const { t } = useTranslation();
  const code = useLoaded(() => codeAt(roomId, token || undefined, at), roomId);
  const replay = `/r/${encodeURIComponent(roomId)}/replay`;
  if (code.kind === "loading") return <div className="page-loading" aria-busy="true"><span className="spinner" /> {t("app.loading")}</div>;
  if (code.kind === "failed") {
    const e = code.error;
    const text = e instanceof ApiError && e.status === 404 ? t("controls.recordDeleted") : e instanceof ApiError && e.status === 403 ? t("reentry.notShared") : errorMessage(e);
    return <section className="card final-card" data-testid="ended-no-record"><p>{text}</p><a className="btn" href="/">{t("common.startNewInterview")}</a></section>;
  }
  return (
    <>
      <p className="ended-links">
        <a className="btn btn-primary" href={replay} data-testid="ended-replay">{t("replay.open")}</a>
        <span className="muted">{t("reentry.readOnly")}</span>
      </p>
      <FinalCode code={code.value} />
      {interviewer && (
        <div className="ended-grid">
          <section className="card final-card" aria-labelledby="ended-notes">
            <h2 id="ended-notes">{t("room.notes")}</h2>
            <ReplayNotes notes={code.value.notes ?? ""} />
          </section>
          <Submissions roomId={roomId} token={token} />
          <section className="card final-card ended-scorecard" aria-labelledby="ended-scorecard" data-testid="ended-scorecard">
            <h2 id="ended-scorecard">{t("scorecard.tab")}</h2>
            <ScorecardPanel roomId={roomId} token={token || undefined} />
          </section>
        </div>
      )}
    </>
  );
}

/** The last code of every language the interview wrote in (an untouched buffer is not shown). */
function FinalCode({ code }: { code: CodeAtResponse }) {
  const { t } = useTranslation();
  const languages = useLoaded(() => Api.languages().then((r) => r.languages as ApiLanguage[]), "languages");
  const names = languages.kind === "ready" ? new Map(languages.value.map((l) => [l.id, l.displayName])) : new Map<string, string>();
  const files = Object.entries(code.files).filter(([, text]) => text.trim() !== "");
  return (
    <section className="card final-card" aria-labelledby="ended-code" data-testid="ended-code">
      <h2 id="ended-code">{t("reentry.finalCode")}</h2>
      {files.length === 0 && <p className="muted">{t("reentry.noCode")}</p>}
      {files.map(([id, text]) => (
        <figure key={id} className="ended-file" data-language={id}>
          <figcaption translate="no">{names.get(id) ?? id}</figcaption>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrolling code must take focus so keyboards can scroll it (axe: scrollable-region-focusable) */}
          <pre tabIndex={0} translate="no"><code>{text}</code></pre>
        </figure>
      ))}
    </section>
  );
}

function Submissions({ roomId, token }: { roomId: string; token: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useLoaded(() => api("submissions", { roomId }, { token: token || undefined }).then((r) => r.submissions), roomId);
  return (
    <section className="card final-card" aria-labelledby="ended-submissions" data-testid="ended-submissions">
      <h2 id="ended-submissions">{t("reentry.submissions")}</h2>
      {list.kind === "loading" && <p className="muted">{t("app.loading")}</p>}
      {list.kind === "failed" && <p className="form-error" role="alert">{errorMessage(list.error)}</p>}
      {list.kind === "ready" && (list.value.length === 0
        ? <p className="muted">{t("reentry.noSubmissions")}</p>
        : (
          <ul className="ended-submissions">
            {list.value.map((s: Submission) => (
              <li key={s.id} data-testid="ended-submission" data-verdict={s.verdict}>
                <strong className={s.verdict === "AC" ? "good" : "bad"} translate="no">{t("replay.verdictOf", { verdict: s.verdict, passed: s.passed, total: s.total })}</strong>
                <span className="muted" translate="no">{s.language} · {format.dateTime(s.createdAt)}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
