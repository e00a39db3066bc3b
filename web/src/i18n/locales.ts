/**
 * The interface languages Duet ships, and which one a browser gets. Pure: no i18next, no
 * resources, so the first paint can decide the language before any locale file is fetched.
 */

/** Shipped locales, by BCP 47 tag; `name` is the endonym the switcher shows in every language. */
export const LOCALES = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
  { code: "pt-BR", name: "Português (Brasil)" },
  { code: "zh-CN", name: "简体中文" },
  { code: "hi", name: "हिन्दी" },
] as const;

/**
 * The pseudo-locale: English with every letter accented and each string ~40 % longer, to find
 * hard-coded text and layouts that clip. Built from English at run time (pseudo.ts); offered in
 * the switcher in development, and reachable anywhere by choosing it (localStorage).
 */
export const PSEUDO_LOCALE = "en-XA";

export type LocaleCode = (typeof LOCALES)[number]["code"] | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: LocaleCode = "en";
export const STORAGE_KEY = "duet:locale";

const RTL = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);

export function isLocale(code: string | null | undefined): code is LocaleCode {
  return code === PSEUDO_LOCALE || LOCALES.some((l) => l.code === code);
}

/** Text direction of a locale (none shipped today is right-to-left; the page follows it when one is). */
export function directionOf(code: string): "ltr" | "rtl" {
  return RTL.has(code.split("-")[0].toLowerCase()) ? "rtl" : "ltr";
}

/**
 * The first of the browser's preferred languages that Duet ships: the exact tag, else the same
 * language (es-MX → es, pt-PT → pt-BR, zh-SG → zh-CN). Traditional Chinese (zh-TW, zh-HK,
 * zh-Hant) is not offered Simplified: it falls through to the next preference. English otherwise.
 */
export function negotiate(preferred: readonly string[]): LocaleCode {
  for (const raw of preferred) {
    const tag = raw.trim();
    if (!tag) continue;
    const exact = LOCALES.find((l) => l.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    const [lang, ...rest] = tag.toLowerCase().split(/[-_]/);
    if (lang === "zh" && rest.some((p) => p === "hant" || p === "tw" || p === "hk" || p === "mo")) continue;
    const same = LOCALES.find((l) => l.code.split("-")[0].toLowerCase() === lang);
    if (same) return same.code;
  }
  return DEFAULT_LOCALE;
}

/** The remembered choice, else the browser's languages. Never throws (storage may be disabled). */
export function detectLocale(): LocaleCode {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage disabled: fall back to the browser's languages
  }
  const nav = typeof navigator === "undefined" ? undefined : navigator;
  return negotiate(nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []);
}

export function rememberLocale(code: LocaleCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage disabled: the choice lasts as long as the page
  }
}
