/**
 * Numbers, times, dates and durations in the interface language, all through Intl (never string
 * building): DateTimeFormat, RelativeTimeFormat, NumberFormat with units, ListFormat. In the
 * pseudo-locale the English result is pseudo-localised too, so the e2e pass sees it as translated.
 */
import { useTranslation } from "react-i18next";
import { PSEUDO_LOCALE } from "./locales";
import { pseudoString } from "./pseudo";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Formatter {
  locale: string;
  /** 1,234.5 */
  number(n: number, opts?: Intl.NumberFormatOptions): string;
  /** A time of day: 14:05 / 2:05 PM. */
  time(ts: number): string;
  /** Date and time, for tooltips: 3 Jul 2026, 14:05. */
  dateTime(ts: number): string;
  /** "5 minutes ago", "in 2 days", "now". */
  relative(ts: number, now?: number): string;
  /** Milliseconds as a unit: 12 ms. */
  ms(n: number): string;
  /** Kilobytes as KB or MB: 512 KB, 2.0 MB. */
  kb(kb: number): string;
  /** The interview clock: 45:00, 1:02:03, -00:12 (digits in the locale's numbering system). */
  clock(ms: number): string;
  /** A duration in words, for screen readers: "44 minutes, 30 seconds". */
  duration(ms: number): string;
}

export function formatter(lang: string): Formatter {
  const pseudo = lang === PSEUDO_LOCALE;
  const locale = pseudo ? "en" : lang;
  const out = pseudo ? pseudoString : (s: string) => s;
  const num = (opts: Intl.NumberFormatOptions = {}) => cached(`n:${locale}:${JSON.stringify(opts)}`, () => new Intl.NumberFormat(locale, opts));
  const two = num({ minimumIntegerDigits: 2, useGrouping: false });
  const unit = (u: string, n: number, display: "short" | "long" = "short", digits = 0) =>
    num({ style: "unit", unit: u, unitDisplay: display, maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
  return {
    locale,
    number: (n, opts) => num(opts).format(n),
    time: (ts) => out(cached(`t:${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: "short" })).format(ts)),
    dateTime: (ts) => out(cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })).format(ts)),
    relative(ts, now = Date.now()) {
      const rtf = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
      const d = ts - now;
      const abs = Math.abs(d);
      if (abs < MINUTE) return out(rtf.format(0, "second"));
      if (abs < HOUR) return out(rtf.format(Math.trunc(d / MINUTE), "minute"));
      if (abs < DAY) return out(rtf.format(Math.trunc(d / HOUR), "hour"));
      return out(rtf.format(Math.trunc(d / DAY), "day"));
    },
    ms: (n) => out(unit("millisecond", Math.round(n))),
    kb: (kb) => out(kb >= 1024 ? unit("megabyte", kb / 1024, "short", 1) : unit("kilobyte", Math.round(kb))),
    clock(ms) {
      const total = Math.floor(Math.abs(ms) / 1000);
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = total % 60;
      const body = h > 0 ? `${num().format(h)}:${two.format(m)}:${two.format(s)}` : `${two.format(m)}:${two.format(s)}`;
      return ms < 0 ? `-${body}` : body;
    },
    duration(ms) {
      const total = Math.round(Math.abs(ms) / 1000);
      const parts: string[] = [];
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = total % 60;
      if (h) parts.push(unit("hour", h, "long"));
      if (m) parts.push(unit("minute", m, "long"));
      if (s || parts.length === 0) parts.push(unit("second", s, "long"));
      const list = cached(`l:${locale}`, () => new Intl.ListFormat(locale, { style: "long", type: "unit" }));
      return out(list.format(parts));
    },
  };
}

/** The formatter for the interface language; components re-render when it changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return formatter(i18n.resolvedLanguage ?? i18n.language ?? "en");
}
