/**
 * Typing inside auto-closed quotes in the built app, as a person types (one key at a time): every
 * character lands at the caret, alone and with a second participant in the room. In the bundle a
 * tree-shaking option once dropped Monaco's red-black tree deletes, so `f("ab", 1)` became
 * `f("a"b, 1)` (web/build/tree-shaking.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Launched } from "./browser";
import { editorText, focusEditor, until } from "./helpers";
import { joinPage, newRoom } from "./room";

const base = inject("baseUrl");
let browser: Launched;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("typing inside auto-closed quotes", () => {
  for (const peer of [false, true]) {
    it(peer ? "with the interviewer in the room, on both screens" : "alone", async () => {
      const room = await newRoom(base, "Quotes");
      const candidate = await joinPage(browser, room, "candidate", "Cam Candidate", errors);
      const interviewer = peer ? await joinPage(browser, room, "interviewer", "Ivy Interviewer", errors) : null;
      await focusEditor(candidate);
      await candidate.keyboard.press("ControlOrMeta+A");
      await candidate.keyboard.press("Delete");
      await until(async () => (await editorText(candidate)) === "", "an empty buffer");
      await candidate.keyboard.type('f("ab", 1)', { delay: 150 });
      expect(await editorText(candidate)).toBe('f("ab", 1)');
      if (interviewer) await until(async () => (await editorText(interviewer)) === 'f("ab", 1)', "the text at the interviewer");
      expect(errors).toEqual([]);
    });
  }
});
