/**
 * The interface language: which locale a browser gets, the switcher (live, remembered, <html lang
 * dir>), plurals by CLDR category, Intl formatting, the pseudo-locale.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { StatusBadge } from "../components/StatusBadge";
import { i18n, initI18n, setLocale } from "../i18n";
import { formatter } from "../i18n/format";
import { detectLocale, negotiate, STORAGE_KEY } from "../i18n/locales";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { PSEUDO_MARK, pseudoResources, pseudoString } from "../i18n/pseudo";

afterEach(async () => {
  localStorage.removeItem(STORAGE_KEY);
  await initI18n("en");
});

describe("which locale a browser gets", () => {
  it("the first preferred language Duet ships, by exact tag or by language", () => {
    expect(negotiate(["es-ES", "en"])).toBe("es");
    expect(negotiate(["fr-FR", "pt-PT", "en"])).toBe("pt-BR");
    expect(negotiate(["pt-br"])).toBe("pt-BR");
    expect(negotiate(["zh-CN"])).toBe("zh-CN");
    expect(negotiate(["zh-SG"])).toBe("zh-CN");
    expect(negotiate(["zh"])).toBe("zh-CN");
    expect(negotiate(["hi-IN"])).toBe("hi");
    expect(negotiate(["en-GB", "es"])).toBe("en");
  });
  it("never Simplified Chinese for a Traditional reader; English when nothing matches", () => {
    expect(negotiate(["zh-TW", "es"])).toBe("es");
    expect(negotiate(["zh-Hant-HK"])).toBe("en");
    expect(negotiate(["de-DE", "fr"])).toBe("en");
    expect(negotiate([])).toBe("en");
  });
  it("a remembered choice wins over the browser; a bad stored value is ignored", () => {
    localStorage.setItem(STORAGE_KEY, "hi");
    expect(detectLocale()).toBe("hi");
    localStorage.setItem(STORAGE_KEY, "<script>");
    expect(detectLocale()).toBe(negotiate(navigator.languages));
  });
});

describe("the switcher", () => {
  it("changes every translated string live, sets <html lang dir>, and remembers the choice", async () => {
    render(<><LocaleSwitcher /><StatusBadge status="saved" /></>);
    expect(screen.getByTestId("connection-status").textContent).toBe("Saved");
    const select = screen.getByLabelText("Interface language") as HTMLSelectElement;
    // Each in its own language; the pseudo-locale only in development and tests.
    expect([...select.options].map((o) => [o.value, o.lang])).toEqual([["en", "en"], ["es", "es"], ["pt-BR", "pt-BR"], ["zh-CN", "zh-CN"], ["hi", "hi"], ["en-XA", "en-XA"]]);
    fireEvent.change(select, { target: { value: "es" } });
    await waitFor(() => expect(screen.getByTestId("connection-status").textContent).toBe("Guardado"));
    expect(screen.getByLabelText("Idioma de la interfaz")).toBe(select);
    expect(document.documentElement.lang).toBe("es");
    expect(document.documentElement.dir).toBe("ltr");
    expect(localStorage.getItem(STORAGE_KEY)).toBe("es");
    await act(() => setLocale("zh-CN"));
    expect(screen.getByTestId("connection-status").textContent).toBe("已保存");
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("ignores a locale Duet does not ship", async () => {
    await setLocale("xx");
    expect(i18n.language).toBe("en");
  });
});

describe("plurals follow the language's CLDR rules", () => {
  const badge = (n: number) => i18n.t("tabs.new", { count: n });
  it("English one/other, Hindi counts 0 as one, Chinese has no plural", async () => {
    expect([badge(1), badge(2)]).toEqual(["1 new message", "2 new messages"]);
    await act(() => setLocale("hi"));
    expect([badge(1), badge(2)]).toEqual(["1 नया संदेश", "2 नए संदेश"]);
    expect(i18n.t("tests.passed", { passed: 0, count: 0 })).toBe("0 / 0 टेस्ट केस पास हुआ");
    await act(() => setLocale("zh-CN"));
    expect([badge(1), badge(5)]).toEqual(["1 条新消息", "5 条新消息"]);
    await act(() => setLocale("es"));
    expect([badge(1), badge(1_000_000)]).toEqual(["1 mensaje nuevo", "1000000 de mensajes nuevos"]);
  });
});

describe("Intl formatting", () => {
  const ts = Date.UTC(2026, 6, 3, 14, 5);
  it("numbers, sizes, durations and the clock in the locale's words", () => {
    const en = formatter("en");
    expect([en.ms(1234), en.kb(2048), en.kb(100), en.clock(45 * 60_000), en.clock(-12_000), en.clock(3_723_000)]).toEqual(["1,234 ms", "2.0 MB", "100 kB", "45:00", "-00:12", "1:02:03"]);
    expect(en.duration(44 * 60_000 + 30_000)).toBe("44 minutes, 30 seconds");
    const es = formatter("es");
    expect(es.kb(2048)).toBe("2,0 MB");
    expect(es.duration(60_000)).toBe("1 minuto");
    expect(formatter("hi").duration(2 * 3_600_000)).toBe("2 घंटे");
  });
  it("relative times and times of day", () => {
    expect(formatter("en").relative(ts - 5 * 60_000, ts)).toBe("5 minutes ago");
    expect(formatter("es").relative(ts - 2 * 86_400_000, ts)).toBe("anteayer");
    expect(formatter("zh-CN").relative(ts + 3_600_000, ts)).toBe("1小时后");
    expect(formatter("pt-BR").relative(ts, ts)).toBe("agora");
    expect(formatter("en").time(ts)).toMatch(/^\d{1,2}:05\s?[AP]M$/);
    expect(formatter("es").time(ts)).toMatch(/^\d{1,2}:05$/);
  });
});

describe("the pseudo-locale (en-XA)", () => {
  it("accents every letter, ~40 % longer, keeps {{variables}}, marks the text", () => {
    const out = pseudoString("Run {{name}} now");
    expect(out).toMatch(/^\[.*\]$/);
    expect(out).toContain("{{name}}");
    expect(out.replace("{{name}}", "")).not.toMatch(/[A-Za-z]/);
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil("Run {{name}} now".length * 1.4));
    expect(PSEUDO_MARK.test(out)).toBe(true);
    expect(pseudoString("45:00 · 2 / 3")).toBe("45:00 · 2 / 3");
    expect(pseudoResources({ a: { b: "Save" } })).toEqual({ a: { b: pseudoString("Save") } });
  });

  it("switches like a locale and formats through Intl, pseudo-localised", async () => {
    render(<StatusBadge status="offline" />);
    await act(() => setLocale("en-XA"));
    expect(screen.getByTestId("connection-status").textContent).toBe(pseudoString("Offline — edits kept"));
    expect(document.documentElement.lang).toBe("en-XA");
    expect(PSEUDO_MARK.test(formatter("en-XA").ms(12))).toBe(true);
  });
});
