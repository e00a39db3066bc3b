/**
 * The replay: the code at the moment (each author's text in their colour) beside the console,
 * chat, notes, a comparison of two marked moments and the run of a past version; the transport
 * along the bottom. Loaded lazily (it brings Monaco).
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";
import { SplitPane } from "../components/SplitPane";
import { type TabDef, Tabs } from "../components/Tabs";
import { ThemeToggle, useTheme } from "../components/ThemeToggle";
import { Logo } from "../components/TopBar";
import { useFormat } from "../i18n/format";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { useMediaQuery } from "../room/useMediaQuery";
import { ScorecardPanel } from "../scorecard/ScorecardPanel";
import { authorCss, authorsOf } from "./authors";
import { Compare } from "./Compare";
import { ReplayChat, ReplayConsole, ReplayNotes } from "./Panels";
import type { LoadedRecord } from "./record-api";
import { Transport } from "./Transport";
import { useReplay } from "./useReplay";
import { useServerCode, useTrusted } from "./useServerCode";
import { useVersionRun } from "./useVersionRun";
import { VersionRunPanel } from "./VersionRunPanel";
import "../styles/replay.css";

const ReplayEditor = lazy(() => import("./ReplayEditor"));

interface Props {
  roomId: string;
  token: string | undefined;
  /** The room role of the session read with (null: the account cookie, an interviewer's or a reviewer's). */
  role: string | null;
  record: LoadedRecord;
  languages: ApiLanguage[];
}

export default function ReplayView({ roomId, token, role, record, languages }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const replay = useReplay(record);
  const { frame, span, timeline, moments } = replay;
  const [theme, setTheme] = useTheme();
  const phone = useMediaQuery("(max-width: 760px)"); // code above the panels instead of beside them
  const authors = useMemo(() => authorsOf(record.head.participants), [record]);
  const [chosen, setChosen] = useState<string>(""); // "" follows the room's language
  const language = chosen || frame.language;
  const lang = languages.find((l) => l.id === language) ?? { id: language, monacoId: language, fileName: language, displayName: language };
  const [marks, setMarks] = useState<{ a: number | null; b: number | null }>({ a: null, b: null });
  // `?tab=scorecard`: opened from "Your interviews" to score the interview.
  const [side, setSide] = useState(() => (role !== "spectator" && new URLSearchParams(location.search).get("tab") === "scorecard" ? "scorecard" : "console"));
  const version = useVersionRun(roomId, token);
  // When the record's deltas cannot rebuild the code, the server's code of each moment is shown.
  const trusted = useTrusted(roomId, token, timeline, span.end);
  const server = useServerCode(roomId, token, replay.t, !trusted);
  const files = server?.files ?? frame.files;
  const runs = server?.authors ?? frame.authors;
  // The scorecard cites the moment on screen and seeks to the moments it cites.
  const at = useRef(replay.t);
  at.current = replay.t;
  const now = useCallback(() => at.current, []);
  const seekTo = useCallback((t: number) => replay.seek(t - span.start), [replay.seek, span.start]);
  const hasNotes = useMemo(() => record.events.some((e) => e.kind === "note"), [record]);

  useEffect(() => {
    const style = document.head.appendChild(document.createElement("style"));
    style.textContent = authorCss(authors);
    return () => style.remove();
  }, [authors]);

  const classOf = useCallback((u: string | null) => (u ? authors.get(u)?.className ?? null : null), [authors]);
  const nameOf = useCallback((u: string | null) => (u ? authors.get(u)?.name ?? null : null), [authors]);
  const mark = (which: "a" | "b") => {
    setMarks((m) => ({ ...m, [which]: Math.round(replay.pos) }));
    setSide("compare");
  };
  const runThis = () => {
    setSide("version");
    void version.start(language as LanguageId, lang.displayName, Math.round(replay.t), Math.round(replay.pos));
  };
  const shown = Object.keys(files).filter((id) => files[id] !== "" || id === frame.language);

  const tabs: TabDef[] = [
    { id: "console", label: t("room.console"), focusable: false, panel: <ReplayConsole run={moments.runAt(replay.t)} authors={authors} start={span.start} /> },
    { id: "chat", label: t("room.chat"), focusable: false, panel: <ReplayChat chat={moments.chatAt(replay.t)} authors={authors} start={span.start} /> },
    ...(hasNotes ? [{ id: "notes", label: t("room.notes"), focusable: false, panel: <ReplayNotes notes={frame.notes} /> }] : []),
    { id: "compare", label: t("replay.compare"), panel: <Compare timeline={timeline} start={span.start} language={language} marks={marks} onSeek={replay.seek} onClear={() => setMarks({ a: null, b: null })} /> },
    ...(role !== "spectator" ? [{ id: "scorecard", label: t("scorecard.tab"), focusable: false, panel: <ScorecardPanel roomId={roomId} token={token} now={now} onSeek={seekTo} startedAt={span.start} /> }] : []),
    ...(version.run ? [{ id: "version", label: t("replay.versionRun"), focusable: false, panel: <VersionRunPanel run={version.run} /> }] : []),
  ];

  return (
    <div className="room replay" data-testid="replay">
      <header className="topbar replay-bar">
        <div className="topbar-left">
          <a className="brand" href="/" aria-label={t("app.home")}><Logo /></a>
          <h1 className="room-title" translate="no"><bdi>{record.head.room.title || t("common.defaultTitle")}</bdi></h1>
          <span className="replay-badge">{t("replay.title")}</span>
          <span className="muted replay-date">{format.dateTime(span.start)}</span>
        </div>
        <div className="topbar-right">
          <ul className="replay-legend" aria-label={t("replay.authors")} data-testid="author-legend">
            {[...authors.values()].map((a) => (
              <li key={a.userId} data-user-id={a.userId} data-color={a.color}>
                <span className={`replay-swatch replay-swatch-${a.index}`} aria-hidden="true" />
                <bdi>{a.name}</bdi> <span className="muted">{t(`roles.${a.role}`)}</span>
              </li>
            ))}
          </ul>
          <LocaleSwitcher compact />
          <ThemeToggle theme={theme} setTheme={setTheme} />
        </div>
      </header>
      <main className="room-main">
        <SplitPane key={phone ? "phone" : "wide"} id={phone ? "replay-phone" : "replay"} direction={phone ? "vertical" : "horizontal"} initial={phone ? 55 : 62} min={25} max={80} label={t("replay.resize")}>
          <div className="editor-area replay-code">
            <div className="replay-code-bar">
              <label className="lang-select">
                <span className="sr-only">{t("replay.languageShown")}</span>
                <select value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid="replay-language">
                  <option value="">{t("replay.followRoom", { language: languages.find((l) => l.id === frame.language)?.displayName ?? frame.language })}</option>
                  {shown.map((id) => <option key={id} value={id}>{languages.find((l) => l.id === id)?.displayName ?? id}</option>)}
                </select>
              </label>
              {!trusted && <span className="muted" data-testid="replay-incomplete">{t("replay.incomplete")}</span>}
            </div>
            <div className="editor-host" data-testid="replay-editor" data-language={language}>
              <Suspense fallback={<div className="editor-loading">{t("editor.loading")}</div>}>
                <ReplayEditor text={files[language] ?? ""} runs={runs[language] ?? []} language={lang} classOf={classOf} nameOf={nameOf} theme={theme} />
              </Suspense>
            </div>
          </div>
          <Tabs label={t("replay.panels")} active={side} onChange={setSide} className="side-tabs" tabs={tabs} />
        </SplitPane>
      </main>
      <Transport replay={replay} authors={authors} marks={marks} onMark={mark} onRun={runThis} running={version.run?.state === "starting" || version.run?.state === "running"} />
    </div>
  );
}
