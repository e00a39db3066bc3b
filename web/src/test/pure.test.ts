/** The pure pieces: ANSI parsing, reconnect backoff, text diffs, the timer. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MAX_CHAT_CHARS as CONTRACT_MAX_CHAT } from "../../../contracts/room-state";
import { MAX_CHAT_CHARS } from "../components/ChatPanel";
import { applyTextDiff } from "../lib/text-diff";
import { timerRemainingMs } from "../../../contracts/timer-clock";
import { parseAnsi } from "../lib/ansi";
import { BACKOFF, reconnectDelay } from "../room/backoff";

describe("parseAnsi", () => {
  it("turns SGR colours into styled segments and drops other escapes", () => {
    const { segments } = parseAnsi("plain \x1b[1;31mred bold\x1b[0m \x1b[2Kback\x1b[38;5;196mx\x1b[38;2;1;2;3my");
    expect(segments.map((s) => s.text)).toEqual(["plain ", "red bold", " ", "back", "x", "y"]);
    expect(segments[1].style).toEqual({ bold: true, fg: "ansi-red" });
    expect(segments[2].style).toEqual({});
    expect(segments[4].style.fg).toBe("rgb(255,0,0)");
    expect(segments[5].style.fg).toBe("rgb(1,2,3)");
  });
  it("carries the style across chunks", () => {
    const first = parseAnsi("\x1b[32mgr");
    const second = parseAnsi("een\x1b[m!", first.style);
    expect(second.segments).toEqual([{ text: "een", style: { fg: "ansi-green" } }, { text: "!", style: {} }]);
  });
});

describe("reconnectDelay", () => {
  it("grows exponentially to the cap, all of each delay random (full jitter)", () => {
    expect(reconnectDelay(0, () => 0)).toBe(0);
    expect(reconnectDelay(0, () => 1)).toBe(BACKOFF.baseMs);
    expect(reconnectDelay(3, () => 0.5)).toBe(Math.round(BACKOFF.baseMs * 8 * 0.5));
    expect(reconnectDelay(50, () => 0)).toBe(0);
    expect(reconnectDelay(50, () => 1)).toBe(BACKOFF.capMs);
    const spread = new Set(Array.from({ length: 50 }, () => reconnectDelay(2)));
    expect(spread.size).toBeGreaterThan(10); // a deploy does not bring everyone back at once
  });
});

describe("applyTextDiff", () => {
  it("changes only the edited span of a Y.Text", () => {
    const doc = new Y.Doc();
    const text = doc.getText("notes");
    text.insert(0, "hello world");
    const events: unknown[] = [];
    text.observe((e) => events.push(e.delta));
    applyTextDiff(text, "hello world", "hello brave world");
    expect(text.toString()).toBe("hello brave world");
    expect(events).toEqual([[{ retain: 6 }, { insert: "brave " }]]);
    applyTextDiff(text, text.toString(), "hello");
    expect(text.toString()).toBe("hello");
    applyTextDiff(text, text.toString(), "a😀b");
    applyTextDiff(text, text.toString(), "a😁b"); // the two emoji share their high surrogate
    expect(text.toString()).toBe("a😁b");
    applyTextDiff(text, text.toString(), "a\u{1fa00}b"); // …and here their low one
    expect(text.toString()).toBe("a\u{1fa00}b");
  });
});

describe("timer and contracts", () => {
  it("counts down while running and holds while paused", () => {
    expect(timerRemainingMs({ durationMs: 60_000, startedAt: 1000, elapsedMs: 5000, atZero: "nothing" }, 11_000)).toBe(45_000);
    expect(timerRemainingMs({ durationMs: 60_000, startedAt: null, elapsedMs: 5000, atZero: "nothing" }, 99_999)).toBe(55_000);
  });
  it("restates the chat cap exactly as the contract has it", () => {
    expect(MAX_CHAT_CHARS).toBe(CONTRACT_MAX_CHAT);
  });
});
