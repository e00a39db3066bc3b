/** The room's top bar: title, language, Run/Submit, timer, people, connection, theme, interviewer menu. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";
import { LanguageSelect } from "./LanguageSelect";
import { SettingsButton } from "./SettingsDialog";

interface Props {
  title: string;
  languages: ApiLanguage[];
  language: LanguageId;
  canSwitchLanguage: boolean;
  /** Why this participant may not switch the language (a read-only candidate), or null. */
  languageLocked?: string | null;
  onLanguage(id: LanguageId): void;
  canRun: boolean;
  running: boolean;
  onRun(): void;
  onStop(): void;
  canSubmit: boolean;
  submitHint: string;
  onSubmit(): void;
  timer: ReactNode;
  people: ReactNode;
  status: ReactNode;
  theme: ReactNode;
  interviewer?: ReactNode;
}

/** The shortcut modifier as the keyboard prints it. */
export const mod = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

export function TopBar(p: Props) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is an in-page link (it works without the script too); onClick only moves focus into Monaco */}
      <a className="skip-link" href="#editor" onClick={skipToEditor}>{t("a11y.skipToEditor")}</a>
      <div className="topbar-left">
        <a className="brand" href="/" aria-label={t("app.home")}><Logo /></a>
        <h1 className="room-title" title={p.title} translate="no"><bdi>{p.title}</bdi></h1>
        <LanguageSelect languages={p.languages} value={p.language} disabled={!p.canSwitchLanguage} lockedReason={p.languageLocked} onChange={p.onLanguage} />
      </div>
      <div className="topbar-center">
        {p.running ? (
          <button type="button" className="btn btn-run running" onClick={p.onStop} disabled={!p.canRun} aria-label={t("topbar.stopLabel")} data-testid="stop">
            <span className="spinner" aria-hidden="true" /> {t("topbar.stop")}
          </button>
        ) : (
          <button type="button" className="btn btn-run" onClick={p.onRun} disabled={!p.canRun} title={t("topbar.runShortcut", { mod })} aria-keyshortcuts="Control+Enter Meta+Enter" data-testid="run">
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M4 2.5v11l9-5.5z" fill="currentColor" /></svg> {t("topbar.run")}
          </button>
        )}
        <button type="button" className="btn btn-submit" onClick={p.onSubmit} disabled={!p.canSubmit} title={p.canSubmit ? t("topbar.submitShortcut", { mod }) : p.submitHint} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter" data-testid="submit">
          {t("topbar.submit")}
        </button>
        {p.timer}
      </div>
      <div className="topbar-right">
        {p.people}
        {p.status}
        {p.interviewer}
        {p.theme}
        <SettingsButton />
      </div>
    </header>
  );
}

/** The skip link's target: the editor's own input (Monaco's, or the touch editor's: each is a textbox). */
function skipToEditor(e: { preventDefault(): void }) {
  const input = [...document.querySelectorAll<HTMLElement>('[data-testid="editor"] [role="textbox"]')].find((el) => el.tabIndex >= 0);
  if (!input) return;
  e.preventDefault();
  input.focus();
}

export function Logo() {
  return (
    <span className="logo">
      <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true"><rect width="32" height="32" rx="8" fill="var(--accent)" /><path d="M10 10l-4 6 4 6M22 10l4 6-4 6M18 8l-4 16" stroke="#fff" strokeWidth="2.5" fill="none" strokeLinecap="round" strokeLinejoin="round" /></svg>
      <span className="logo-text" translate="no">Duet</span>
    </span>
  );
}
