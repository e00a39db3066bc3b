/** The span on the scrubber, `#t=` links, the time shown, authors' colours and the restated page size. */
import { describe, expect, it } from "vitest";
import { RECORD_PAGE_MAX, type RecordEvent } from "../../../contracts/record";
import { CURSOR_PALETTE } from "../room/cursor-colors";
import { authorCss, authorsOf } from "./authors";
import { PAGE_LIMIT } from "./record-api";
import { keyStep } from "./Scrubber";
import { clockText, momentFromHash, openingLanguage, spanOf } from "./span";

const room = { id: "r", title: "T", orgId: null, createdAt: 900, expiresAt: 1e12, endedAt: null, deleteAt: null };
const edit = (seq: number, t: number, language: "python" | "go"): RecordEvent => ({ kind: "edit", seq, t, language, added: 1, removed: 0 });

describe("the replay's span and links", () => {
  it("runs from the first event to the end, or to the last event while the room is open", () => {
    const events = [edit(1, 1000, "python"), edit(2, 5000, "python")];
    expect(spanOf({ startedAt: 1000, endedAt: 9000, room }, events)).toEqual({ start: 1000, end: 9000, length: 8000 });
    expect(spanOf({ startedAt: 1000, endedAt: null, room }, events)).toEqual({ start: 1000, end: 5000, length: 4000 });
    expect(spanOf({ startedAt: null, endedAt: null, room }, [])).toEqual({ start: 900, end: 900, length: 0 });
  });
  it("reads #t= as ms since the start, within the span, and nothing else", () => {
    const span = { start: 1000, end: 9000, length: 8000 };
    expect(momentFromHash("#t=2500", span)).toBe(2500);
    expect(momentFromHash("#t=99999", span)).toBe(8000);
    for (const bad of ["", "#t=", "#t=-5", "#t=1e3", "#t=abc", "#x=5"]) expect(momentFromHash(bad, span)).toBeNull();
  });
  it("shows times as m:ss, and h:mm:ss past an hour", () => {
    expect(clockText(0)).toBe("0:00");
    expect(clockText(61_999)).toBe("1:01");
    expect(clockText(3_723_000)).toBe("1:02:03");
  });
  it("opens in the language of the Room's first writes, until someone switches", () => {
    expect(openingLanguage([edit(1, 1, "go"), edit(2, 2, "python")])).toBe("go");
    expect(openingLanguage([{ kind: "language", seq: 1, t: 1, language: "go" }, edit(2, 2, "go")])).toBe("python");
  });
});

describe("authors' colours", () => {
  it("come from the record, one class each; a colour that is not #rrggbb never reaches the stylesheet", () => {
    const authors = authorsOf([
      { userId: "a", name: "Ada", role: "candidate", color: "#e11d48" },
      { userId: "b", name: "Grace", role: "interviewer", color: "red;}body{display:none" },
    ]);
    expect(authors.get("a")).toMatchObject({ className: "duet-author-0", color: "#e11d48" });
    const css = authorCss(authors);
    expect(css).toContain(".duet-author-0{border-bottom:2px solid #e11d48;}");
    expect(css).not.toContain("display:none");
  });
  it("stay the record's, but a colour already taken by an earlier arrival gives way to a free caret colour", () => {
    const authors = authorsOf([
      { userId: "a", name: "Ada", role: "candidate", color: "#2563EB" },
      { userId: "b", name: "Grace", role: "interviewer", color: "#2563eb" },
      { userId: "c", name: "Cam", role: "spectator", color: "#059669" },
    ]);
    expect([...authors.values()].map((a) => a.color)).toEqual(["#2563eb", CURSOR_PALETTE[0], "#059669"]);
  });
});

it("asks for the record's largest page", () => {
  expect(PAGE_LIMIT).toBe(RECORD_PAGE_MAX);
});

describe("keys on the scrubber", () => {
  it("step by a second (ten with Shift) or a minute, and reach both ends exactly, however long the interview", () => {
    expect(keyStep("End", false, 0, 9_123)).toBe(9_123);
    expect(keyStep("Home", false, 5_000, 9_123)).toBe(0);
    expect(keyStep("ArrowRight", false, 8_500, 9_123)).toBe(9_123);
    expect(keyStep("ArrowLeft", true, 12_000, 60_000)).toBe(2_000);
    expect(keyStep("PageUp", false, 0, 600_000)).toBe(60_000);
    expect(keyStep("a", false, 0, 9_123)).toBeNull();
  });
});
