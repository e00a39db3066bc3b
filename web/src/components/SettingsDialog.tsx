/**
 * Settings: the editor's font size, high contrast, and the keyboard help (how to leave the editor's
 * Tab trap among it). Everything here applies at once and is remembered (settings.ts).
 */
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Modal } from "./Modal";
import { FONT_SIZES, updateSettings, useSettings } from "./settings";

const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? "⌘" : "Ctrl";
/** Monaco's "Toggle Tab Key Moves Focus": Ctrl+M, on a Mac Ctrl+Shift+M. */
export const TAB_FOCUS_KEYS = IS_MAC ? "Ctrl+Shift+M" : "Ctrl+M";

/** "Press Ctrl+M, then Tab, to leave the editor", under the editor (its aria-describedby) and in the settings. */
export function LeaveEditorHint({ id, className }: { id?: string; className?: string }) {
  const { t } = useTranslation();
  return <p id={id} className={className}>{t("a11y.leaveEditor", { keys: TAB_FOCUS_KEYS })}</p>;
}

export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Modal title={t("settings.title")} onClose={onClose}>
      <div className="settings">
        <label className="field">
          <span>{t("settings.fontSize")}</span>
          <select value={settings.fontSize} onChange={(e) => updateSettings({ fontSize: Number(e.target.value) })} data-testid="settings-font-size">
            {FONT_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
          </select>
        </label>
        <label className="settings-check">
          <input type="checkbox" checked={settings.contrast === "more"} onChange={(e) => updateSettings({ contrast: e.target.checked ? "more" : "normal" })} data-testid="settings-high-contrast" />
          <span>{t("settings.highContrast")}</span>
        </label>
        <h3>{t("settings.keyboard")}</h3>
        <ul className="settings-keys">
          <li>{t("a11y.leaveEditor", { keys: TAB_FOCUS_KEYS })}</li>
          <li>{t("settings.keysRun", { mod: MOD })}</li>
          <li>{t("settings.keysTabs")}</li>
          <li>{t("settings.keysSkip")}</li>
          <li>{t("settings.keysEscape")}</li>
        </ul>
      </div>
    </Modal>
  );
}

/** The gear in a top bar that opens the settings. */
export function SettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className="icon-btn" aria-label={t("settings.title")} title={t("settings.title")} aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="settings">
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
          <path fill="currentColor" fillRule="evenodd" d="M8.6 1.5h2.8l.4 2.3 1.5.7 2-1.3 2 2-1.3 2 .6 1.5 2.4.4v2.8l-2.4.4-.6 1.5 1.3 2-2 2-2-1.3-1.5.6-.4 2.4H8.6l-.4-2.4-1.5-.6-2 1.3-2-2 1.3-2-.6-1.5-2.4-.4V8.6l2.4-.4.6-1.5-1.3-2 2-2 2 1.3 1.5-.7zM10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z" />
        </svg>
      </button>
      {open && <SettingsDialog onClose={close} />}
    </>
  );
}
