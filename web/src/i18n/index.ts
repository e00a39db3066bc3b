/**
 * The interface language: i18next + react-i18next, one namespace, one JSON file per locale under
 * locales/. Only the active locale is fetched (each file is its own lazy chunk); switching fetches
 * the next one, then re-renders every translated component and sets `<html lang dir>`.
 * Plurals are CLDR's (i18next asks Intl.PluralRules: keys end in _one, _few, _many, _other…);
 * dates, times, numbers and durations go through Intl (format.ts).
 */
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type en from "./locales/en.json";
import { pseudoResources } from "./pseudo";
import { detectLocale, directionOf, isLocale, PSEUDO_LOCALE, rememberLocale, type LocaleCode } from "./locales";

export { LOCALES, PSEUDO_LOCALE, type LocaleCode } from "./locales";

type Resources = typeof en;

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: Resources };
  }
}

/** Each locale file is its own chunk, fetched when that locale is chosen. */
const files = import.meta.glob<{ default: Resources }>("./locales/*.json");

async function resourcesOf(code: LocaleCode): Promise<Resources> {
  if (code === PSEUDO_LOCALE) {
    const { default: base } = await files["./locales/en.json"]();
    return pseudoResources(base) as unknown as Resources;
  }
  const load = files[`./locales/${code}.json`];
  if (!load) throw new Error(`no locale file for ${code}`);
  return (await load()).default;
}

/** `<html lang dir>` follow the interface language (screen readers, hyphenation, fonts). */
function applyToDocument(code: string): void {
  if (typeof document === "undefined") return;
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}

async function ensureLoaded(i18n: I18n, code: LocaleCode): Promise<void> {
  if (!i18n.hasResourceBundle(code, "translation")) i18n.addResourceBundle(code, "translation", await resourcesOf(code));
}

/**
 * Starts i18next in the remembered or negotiated locale (or `code`), loading only that locale.
 * If its file cannot be fetched, English; the page renders either way.
 */
export async function initI18n(code: LocaleCode = detectLocale()): Promise<I18n> {
  applyToDocument(code);
  if (!i18next.isInitialized) {
    i18next.on("languageChanged", applyToDocument);
    await i18next.use(initReactI18next).init({
      lng: code,
      resources: {},
      partialBundledLanguages: true,
      // Every locale has every key (a test holds them to English's); should one slip through, English
      // (fetched after the first render, never before it) rather than the key.
      fallbackLng: "en",
      load: "currentOnly",
      returnNull: false,
      interpolation: { escapeValue: false }, // React escapes
      react: { useSuspense: false, bindI18nStore: "added" }, // re-render when English arrives as the fallback
    });
  }
  for (const candidate of code === "en" ? ["en" as const] : [code, "en" as const]) {
    try {
      await ensureLoaded(i18next, candidate);
      await i18next.changeLanguage(candidate);
      break;
    } catch {
      // the file did not arrive (offline, an old deployment): try English
    }
  }
  if (!i18next.hasResourceBundle("en", "translation")) setTimeout(() => void ensureLoaded(i18next, "en").catch(() => {}), 2000);
  return i18next;
}

/** The switcher's action: fetch the locale, switch live, remember the choice. */
export async function setLocale(code: string): Promise<void> {
  if (!isLocale(code)) return;
  await ensureLoaded(i18next, code);
  await i18next.changeLanguage(code);
  rememberLocale(code);
}

/** The active locale (for Intl), outside React. */
export function currentLocale(): string {
  return i18next.resolvedLanguage ?? i18next.language ?? "en";
}

export const i18n = i18next;
/** `t` outside components (connection notices, toasts): resolved in the active locale at call time. */
export const t: typeof i18next.t = i18next.t.bind(i18next) as typeof i18next.t;
