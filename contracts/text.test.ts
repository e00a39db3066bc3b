import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JoinSchema } from "./api";
import { ChatSchema } from "./room-state";
import { MAX_NAME_CHARS, cleanLine, cleanMultiline, codePoints, hasVisibleChar } from "./text";

const ZWJ = "\u200D";
const ZWNJ = "\u200C";
/** What no cleaned text may contain, in any field. */
const FORBIDDEN_ANYWHERE = /(?![\t\n])\p{Cc}|[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF\p{Cs}]/u;
const name = (raw: string) => JoinSchema.safeParse({ name: raw });

describe("identity text: what people's scripts need survives", () => {
  it.each([
    ["Hindi with ZWJ (half form of क्ष)", `क्${ZWJ}ष`],
    ["Hindi with ZWNJ", `अर्जुन${ZWNJ}कुमार`],
    ["Hindi name", "प्रिया शर्मा"],
    ["Arabic", "محمد عبد الله"],
    ["Persian with ZWNJ", `می${ZWNJ}خواهم`],
    ["Hebrew", "שרה לוי"],
    ["emoji ZWJ sequence", `Sam 👩${ZWJ}💻`],
    ["CJK", "王小明"],
  ])("%s is unchanged", (_what, text) => {
    expect(cleanLine(text)).toBe(text);
    expect(name(text)).toMatchObject({ success: true, data: { name: text } });
  });
});

describe("identity text: what acts on the text around it is removed", () => {
  it("a form feed (the CSS-label injection) cannot reach a name", () => {
    const parsed = name("Eve\f} body { display: none }");
    expect(parsed.success && parsed.data.name).toBe("Eve } body { display: none }");
  });

  it("an RLO impersonation loses its override", () => {
    expect(name("\u202Eyvi").data?.name).toBe("yvi");
    expect(cleanLine("Ivy\u2066\u202Bx\u202C\u2069\u200F")).toBe("Ivyx");
  });

  it("an unassigned invisible code point among the bidi isolates (U+2065) goes too", () => {
    expect(cleanLine("Ivy\u2065")).toBe("Ivy");
    expect(cleanMultiline("a\u2065\nb")).toBe("a\nb");
  });

  it("a name of only invisible characters is refused with a clear message", () => {
    for (const raw of ["\u200B\u200D\u2060\uFEFF", "\u202E\u202C", "\u3164\u3164", "   ", "\u0301"]) {
      const parsed = name(raw);
      expect(parsed.success, JSON.stringify(raw)).toBe(false);
      expect(parsed.error!.issues[0].message).toBe("a name needs at least one visible character");
    }
  });

  it("names are capped in code points, not UTF-16 units", () => {
    expect(name("😀".repeat(MAX_NAME_CHARS)).success).toBe(true);
    expect(name("😀".repeat(MAX_NAME_CHARS + 1)).error?.issues[0].message).toBe("a name must be at most 64 characters");
  });

  it("joiners outside words go; tabs and line breaks in a name become single spaces", () => {
    expect(cleanLine(`${ZWJ}Ivy${ZWNJ} ${ZWJ}`)).toBe("Ivy");
    expect(cleanLine("Ada\tLovelace\r\n\u2028x")).toBe("Ada Lovelace x");
  });

  it("chat keeps lines and tabs, one line-break spelling, and drops other controls", () => {
    expect(ChatSchema.parse({ text: "a\r\nb\rc\u2028d\te\u0007\u001B[31m\u202E!" }).text).toBe("a\nb\nc\nd\te[31m!");
    expect(ChatSchema.safeParse({ text: "\u200B\n\t" }).success).toBe(false);
  });

  it("NFC: one spelling for one name", () => {
    expect(cleanLine("Jose\u0301")).toBe("José");
  });
});

/** Any text at all, weighted towards the characters this module exists for. */
const nasty = fc.constantFrom(..."\u0000\t\n\v\f\r\u001B\u007F\u0085\u009B\u00AD\u061C\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2060\u2065\u2066\u2067\u2068\u2069\uFEFF\u0301\u094D\u0915\u0937\u0645\u3164 a\uD800\uDC00");
const anyText = fc.array(fc.oneof(nasty, fc.string({ unit: "grapheme", maxLength: 3 }), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 24 }).map((a) => a.join(""));

describe("identity text: properties over arbitrary input", () => {
  it("cleaning never throws, is idempotent, leaves no controls or bidi, and is NFC", () => {
    // Plain predicates (not expect) keep 20,000 runs to about a second.
    const clean = (once: string, again: string) =>
      again === once && !FORBIDDEN_ANYWHERE.test(once) && once.normalize("NFC") === once && once === once.trim() && !/^[\u200C\u200D]/.test(once);
    fc.assert(
      fc.property(anyText, (raw) => {
        const line = cleanLine(raw);
        const chat = cleanMultiline(raw);
        return clean(line, cleanLine(line)) && !/[\t\n]|\s\s/.test(line) && clean(chat, cleanMultiline(chat));
      }),
      { numRuns: 20_000 },
    );
  });

  it("a name either parses to visible, capped, clean text or fails with a message; it never throws", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: "binary", maxLength: 80 })), (raw) => {
        const parsed = name(raw);
        if (!parsed.success) return parsed.error.issues[0].message.startsWith("a name ");
        const n = parsed.data.name;
        return hasVisibleChar(n) && codePoints(n) <= MAX_NAME_CHARS && n === cleanLine(raw);
      }),
      { numRuns: 10_000 },
    );
  });
});
