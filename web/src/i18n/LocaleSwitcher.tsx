/**
 * The interface-language switcher: a native select of endonyms (each option in its own `lang`),
 * switching live and remembered in this browser. The pseudo-locale is listed in development, or
 * once chosen. `compact` (the room's crowded top bar) shows a globe and the language's code, with
 * the same select laid invisibly over them: a click or the keyboard opens the native list.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LOCALES, PSEUDO_LOCALE, setLocale } from "./index";
import "./locale-switcher.css";

export function LocaleSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const current = i18n.resolvedLanguage ?? i18n.language;
  const code = current === PSEUDO_LOCALE ? "XA" : current.split("-")[0].toUpperCase();
  const options: { code: string; name: string }[] = [...LOCALES];
  if (import.meta.env.DEV || current === PSEUDO_LOCALE) options.push({ code: PSEUDO_LOCALE, name: "Pseudo (en-XA)" });
  return (
    <label className={`locale-switcher${compact ? " compact" : ""}`} title={t("locale.label")}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <path d="M1.5 8h13M8 1.5c-2.2 2.4-2.2 10.6 0 13M8 1.5c2.2 2.4 2.2 10.6 0 13" fill="none" stroke="currentColor" strokeWidth="1.3" />
      </svg>
      <span className="sr-only">{t("locale.label")}</span>
      {compact && <span className="locale-code" aria-hidden="true" translate="no">{code}</span>}
      <select
        value={current}
        disabled={busy}
        data-testid="locale-switcher"
        onChange={(e) => {
          setBusy(true);
          setLocale(e.target.value).finally(() => setBusy(false));
        }}
      >
        {options.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>
        ))}
      </select>
    </label>
  );
}
