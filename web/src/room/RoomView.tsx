/** A live room: the top bar over problem | editor/console, or tabs on a phone. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { isJudged } from "../../../contracts/languages";
import { isSql } from "../../../contracts/problems";
import { type ChatMessage, chatArray, runsMap } from "../../../contracts/room-state";
import { ChatPanel } from "../components/ChatPanel";
import { CodeEditor } from "../components/CodeEditor";
import { casesForRun } from "../cases/case-drafts";
import { CasesPanel } from "../cases/CasesPanel";
import { RunNotice } from "../cases/RunNotice";
import { useCases } from "../cases/useCases";
import { ConsolePanel, isActive, latestRun } from "../components/ConsolePanel";
import { EmptyBufferHint } from "../components/EmptyBufferHint";
import { DeleteRecordDialog, EndDialog, ExtendDialog, InvitesDialog, ReadOnlySwitch } from "../components/InterviewerControls";
import { NotesPanel } from "../components/NotesPanel";
import { Participants } from "../components/Participants";
import { ProblemPanel } from "../components/ProblemPanel";
import { RecordBadge, useRecordNotice } from "../record/RecordNotice";
import { useSignals } from "../record/useSignals";
import { ScorecardPanel } from "../scorecard/ScorecardPanel";
import { SplitPane } from "../components/SplitPane";
import { StatusBadge } from "../components/StatusBadge";
import { Tabs, type TabDef } from "../components/Tabs";
import { ThemeToggle, useTheme } from "../components/ThemeToggle";
import { Timer } from "../components/Timer";
import { TopBar } from "../components/TopBar";
import { UnsavedEditsNotice } from "../components/UnsavedEditsNotice";
import { toLf } from "../editor/lf";
import { errorMessage } from "../i18n/errors";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { Api, ApiError } from "../lib/api";
import { useMeta, useObserveDeep, useRoom, useSnapshot } from "./hooks";
import { useLanguage } from "./useLanguage";
import { useMediaQuery } from "./useMediaQuery";
import { useRunActions } from "./useRunActions";
import { UpdateNotice } from "../version/UpdateNotice";

export function RoomView() {
  const { t } = useTranslation();
  const { conn, roomId, token, me, languages } = useRoom();
  const snap = useSnapshot(conn);
  const meta = useMeta(conn.state);
  useObserveDeep(runsMap(conn.state));
  const [theme, setTheme] = useTheme();
  const [toast, setToast] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"invites" | "end" | "extend" | "deleteRecord" | null>(null);
  const [recordDeleted, setRecordDeleted] = useState(false);
  // The interview record (issue 14): what this participant's browser claims, and the notice that it is recorded.
  useSignals(roomId, token, me.role, ".editor-area");
  const recordNotice = useRecordNotice(roomId, token);
  const [stdin, setStdin] = useState("");
  const [side, setSide] = useState("problem");
  const [mobileTab, setMobileTab] = useState("code");
  const phone = useMediaQuery("(max-width: 760px)");
  const showToast = useCallback((m: string) => setToast(m), []);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 5000);
    return () => clearTimeout(t);
  }, [toast]);
  useEffect(() => {
    if (snap.notice) setToast(snap.notice.text);
  }, [snap.notice]);

  const isInterviewer = me.role === "interviewer";
  const readOnlyForMe = me.role === "spectator" || (me.role === "candidate" && meta.candidateReadOnly);
  const ended = snap.closed ?? (meta.endedAt ? t("room.ended") : null);
  const [language, setLanguage] = useLanguage(meta.language, (id) => Api.setLanguage(roomId, token, id), showToast);
  const found = languages.find((l) => l.id === language) ?? languages[0];
  // Starters go into the shared buffer as they are: LF only, like everything else in it.
  const lang = useMemo(() => (found ? { ...found, template: toLf(found.template) } : found), [found]);
  const run = latestRun(conn.state);
  const myRunGoing = isActive(run) && run?.by.userId === me.userId; // a deploy's reload waits for it
  const problemSlug = meta.problemSlug;
  const langId = lang?.id ?? language;
  // The test-case panel (web/src/cases/): with a problem on the table, Run judges its cases.
  const cases = useCases(problemSlug);
  // An SQL problem is judged in SQL alone: the menu offers only SQL while it is on the table.
  const sqlProblem = cases !== null && cases !== undefined && isSql(cases.problem.signature);
  const menuLanguages = useMemo(() => (sqlProblem ? languages.filter((l) => l.id === "sql") : languages), [sqlProblem, languages]);
  // A run-only language (Ruby, Bash, …) runs programs; with a problem on the table there is nothing it can run.
  const judgedHere = sqlProblem ? langId === "sql" : isJudged(langId);
  const notJudged = problemSlug === null || judgedHere ? null : sqlProblem ? t("room.sqlOnly") : t("room.notJudged", { language: lang?.displayName ?? langId });
  const canRun = me.role !== "spectator" && !ended && !notJudged;
  const actions = useRunActions({
    roomId, token, stdin, toast: showToast,
    cases: problemSlug ? () => (cases ? casesForRun(cases.problem, cases.drafts) : null) : undefined,
    language: lang?.id ?? language,
    activeRunId: isActive(run) ? run!.id : null,
    lastRunId: run?.id ?? null,
    canRun,
    canSubmit: canRun && problemSlug !== null,
  });
  // On a phone the console is a tab of its own: running or submitting brings it up.
  const showRun = (act: () => void) => (phone ? () => (act(), setMobileTab("console")) : act);
  const timerCmd = (cmd: Parameters<typeof Api.timer>[2]) =>
    Api.timer(roomId, token, cmd).catch((e) => showToast(e instanceof ApiError && e.missing ? t("room.timerMissing") : errorMessage(e)));

  const interviewerHints = useMemo(() => ({ reveal: () => Api.revealHint(roomId, token), notes: () => Api.problemNotes(roomId, token) }), [roomId, token]);
  const chat = chatArray(conn.state);
  const unread = useUnread(chat, (phone ? mobileTab : side) === "chat");

  const problem = (
    <ProblemPanel
      slug={problemSlug}
      canPick={isInterviewer && !ended}
      onPick={(slug, code) => Api.setProblem(roomId, token, slug, code).then(() => undefined)}
      room={lang ? { doc: snap.code, language: lang, canEdit: !readOnlyForMe && !ended && snap.status === "saved" } : undefined}
      hints={{ hints: meta.hints, total: meta.hintCount, interviewer: isInterviewer && !ended ? interviewerHints : undefined }}
    />
  );
  const chatPanel = <ChatPanel chat={chat} myUserId={me.userId} role={me.role} send={(text) => Api.chat(roomId, token, text)} />;
  // Each interviewer's own sealed scorecard (web/src/scorecard/).
  const scorecardTab: TabDef[] = isInterviewer ? [{ id: "scorecard", label: t("scorecard.tab"), focusable: false, panel: <ScorecardPanel roomId={roomId} token={token} /> }] : [];
  const sideTabs: TabDef[] = [
    { id: "problem", label: t("common.problem"), panel: problem },
    // Panels whose content takes the focus itself are no Tab stop of their own (Tabs.tsx).
    { id: "chat", label: t("room.chat"), badge: unread, focusable: false, panel: chatPanel },
    ...(conn.notes ? [{ id: "notes", label: t("room.notes"), focusable: false, panel: <NotesPanel doc={conn.notes} /> }] : []),
    ...scorecardTab,
  ];
  const editor = lang ? (
    <div className="editor-area">
      {snap.unsaved && (
        <UnsavedEditsNotice
          edits={snap.unsaved}
          fileName={(id) => languages.find((l) => l.id === id)?.fileName ?? id}
          cannotRestore={readOnlyForMe || ended ? t("room.cannotEdit") : snap.status !== "saved" ? t("room.waitingForCopy") : null}
          onRestore={(id) => conn.restoreUnsaved(id)}
          onDismiss={(id) => conn.dismissUnsaved(id)}
        />
      )}
      {readOnlyForMe && (
        <div className="readonly-banner" role="status" data-testid="readonly-banner">
          {me.role === "spectator" ? t("room.observing") : t("room.paused")}
        </div>
      )}
      <CodeEditor
        doc={snap.code}
        awareness={snap.codeProvider.awareness}
        language={lang}
        readOnly={readOnlyForMe || !!ended}
        readOnlyReason={me.role === "spectator" ? t("room.observersCantEdit") : t("room.madeReadOnly")}
        theme={theme}
        onRun={showRun(actions.run)}
        onSubmit={showRun(actions.submit)}
      />
      {!readOnlyForMe && !ended && snap.status === "saved" && <EmptyBufferHint doc={snap.code} language={lang} problemSlug={problemSlug} />}
    </div>
  ) : <div className="editor-loading">{t("room.loadingLanguages")}</div>;
  const console_ = (
    <ConsolePanel
      state={conn.state} stdin={stdin} setStdin={setStdin} language={lang?.id ?? language}
      cases={cases && isJudged(langId) ? <CasesPanel problem={cases.problem} language={langId} drafts={cases.drafts} setDrafts={cases.setDrafts} readOnly={!canRun} /> : undefined}
      notice={notJudged ? <span data-testid="not-judged">{notJudged}</span> : <RunNotice queued={actions.status.queued} retryAt={actions.status.retryAt} onUnqueue={actions.unqueue} />}
    />
  );

  return (
    <div className={`room ${phone ? "room-phone" : ""}`} data-role={me.role}>
      <TopBar
        title={meta.title || t("common.defaultTitle")}
        languages={menuLanguages}
        language={lang?.id ?? language}
        canSwitchLanguage={me.role !== "spectator" && !ended}
        languageLocked={me.role === "candidate" && meta.candidateReadOnly && !ended ? t("presence.languageReadOnly") : null}
        onLanguage={setLanguage}
        canRun={canRun}
        running={isActive(run)}
        onRun={showRun(actions.run)}
        onStop={actions.stop}
        canSubmit={canRun && problemSlug !== null}
        submitHint={notJudged ?? (problemSlug ? t("topbar.submit") : t("room.submitHint"))}
        onSubmit={showRun(actions.submit)}
        timer={<Timer timer={meta.timer} canControl={isInterviewer} command={timerCmd} />}
        people={<Participants awareness={snap.codeProvider.awareness} me={me} />}
        status={<><RecordBadge notice={recordNotice} compact={me.role !== "candidate"} /><StatusBadge status={snap.status} /></>}
        theme={<><LocaleSwitcher compact /><ThemeToggle theme={theme} setTheme={setTheme} /></>}
        interviewer={isInterviewer ? (
          <div className="interviewer-controls">
            <ReadOnlySwitch roomId={roomId} token={token} candidateReadOnly={meta.candidateReadOnly} onError={showToast} />
            <button type="button" className="btn btn-small" onClick={() => setDialog("invites")}>{t("room.invite")}</button>
            <button type="button" className="btn btn-small" onClick={() => setDialog("extend")} disabled={!!ended} data-testid="extend-room">{t("clock.extend")}</button>
            <button type="button" className="btn btn-small btn-danger-ghost" onClick={() => setDialog("end")} disabled={!!ended}>{t("room.end")}</button>
          </div>
        ) : undefined}
      />
      <UpdateNotice copies={() => conn.writableCopies()} runGoing={myRunGoing} />
      <main className="room-main">
        {phone ? (
          <Tabs label={t("room.tabsLabel")} active={mobileTab} onChange={setMobileTab} className="phone-tabs" tabs={[
            { id: "problem", label: t("common.problem"), panel: problem },
            { id: "code", label: t("room.code"), focusable: false, panel: editor },
            { id: "console", label: t("room.console"), focusable: false, panel: console_ },
            { id: "chat", label: t("room.chat"), badge: unread, focusable: false, panel: chatPanel },
            ...(conn.notes ? [{ id: "notes", label: t("room.notes"), focusable: false, panel: <NotesPanel doc={conn.notes} /> }] : []),
            ...scorecardTab,
          ]} />
        ) : (
          <SplitPane id="main" direction="horizontal" initial={34} min={20} max={60} label={t("room.resizeProblem")}>
            <Tabs label={t("room.sideTabsLabel")} active={side} onChange={setSide} className="side-tabs" tabs={sideTabs} />
            <SplitPane id="editor" direction="vertical" initial={66} min={25} max={85} label={t("room.resizeConsole")}>
              {editor}
              {console_}
            </SplitPane>
          </SplitPane>
        )}
      </main>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a click dismisses early; the toast goes by itself after 5 s, so keyboards need no key for it */}
      {toast && <div className="toast" role="alert" onClick={() => setToast(null)}>{toast}</div>}
      {dialog === "invites" && <InvitesDialog roomId={roomId} token={token} onClose={() => setDialog(null)} recordSpectators={meta.recordSpectators} />}
      {dialog === "end" && <EndDialog roomId={roomId} token={token} onClose={() => setDialog(null)} />}
      {dialog === "extend" && <ExtendDialog roomId={roomId} token={token} expiresAt={meta.expiresAt} onClose={() => setDialog(null)} />}
      {ended && (
        <div className="ended-overlay" role="alertdialog" aria-labelledby="ended-title">
          <div className="ended-card">
            <h2 id="ended-title">{ended}</h2>
            <p>{t("room.endedThanks")}</p>
            {/* A fresh load of the room's page opens its read-only view (ended/EndedRoom.tsx). */}
            {isInterviewer && !recordDeleted && <a className="btn btn-primary" href={`/r/${encodeURIComponent(roomId)}`} data-testid="open-final-state">{t("reentry.finalState")}</a>}
            {isInterviewer && !recordDeleted && <a className="btn" href={`/r/${encodeURIComponent(roomId)}/replay`} data-testid="open-replay">{t("replay.open")}</a>}
            <a className={`btn ${isInterviewer ? "" : "btn-primary"}`} href="/">{t("common.startNewInterview")}</a>
            {isInterviewer && (recordDeleted
              ? <p role="status" data-testid="record-deleted">{t("controls.recordDeleted")}</p>
              : <button type="button" className="btn btn-danger-ghost record-danger" onClick={() => setDialog("deleteRecord")} data-testid="delete-record">{t("controls.deleteRecord")}</button>)}
          </div>
        </div>
      )}
      {/* After the overlay, so it stands above it (same layer). */}
      {dialog === "deleteRecord" && <DeleteRecordDialog roomId={roomId} token={token} onClose={() => setDialog(null)} onDeleted={() => setRecordDeleted(true)} />}
    </div>
  );
}

/** Messages that arrived while the chat was not on screen. */
function useUnread(chat: Y.Array<ChatMessage>, visible: boolean): number {
  useObserveDeep(chat);
  const [seen, setSeen] = useState(chat.length);
  useEffect(() => {
    if (visible) setSeen(chat.length);
  }, [visible, chat.length]);
  return visible ? 0 : Math.max(0, chat.length - seen);
}
