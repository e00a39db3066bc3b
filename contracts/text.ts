/**
 * Text that people type for others to read — display names, room titles, chat — is data: it may
 * not carry characters that act on the text around it. A form feed in a name once restyled
 * everyone's page through a CSS label; an RLO (U+202E) before "yvI" displays as "Ivy".
 * So, before anything stores it:
 *
 * - NFC, so one name has one spelling (and one length);
 * - C0/C1 controls go (chat keeps \n and \t); in one-line fields whitespace controls become a
 *   space first, so "Ada\tLovelace" stays two words;
 * - bidi embeddings, overrides, isolates and marks go (U+202A–202E, U+2066–2069, U+200E/200F,
 *   U+061C): the client renders names in <bdi>/dir=auto, which isolates them without our help;
 * - ZWJ/ZWNJ stay only inside words (Devanagari half forms, consonant + virama + ZWJ; Persian
 *   ZWNJ between letters) and inside emoji sequences (woman + ZWJ + laptop); every other
 *   invisible format character (\p{Cf}: ZWSP, word joiner, BOM, tags…), unassigned
 *   default-ignorable code points (U+2065) and lone surrogates go.
 *
 * Lengths count code points, as a person counts characters.
 */
import { z } from "zod";

export const MAX_NAME_CHARS = 64;
export const MAX_TITLE_CHARS = 120;

/** Controls that are line breaks in a one-line field: they become a space, not nothing. */
const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Line breaks in chat: one spelling, "\n". */
const CHAT_LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
/** Everything removed outright; ZWJ/ZWNJ (U+200C/200D) are judged by their neighbours below. */
// \p{Cc} is exactly C0 (U+0000–001F), DEL and C1 (U+007F–009F); chat keeps tab and line feed.
// Unassigned default-ignorables (U+2065, U+FFF0–FFF8, …) render as nothing today and may be
// assigned as format characters tomorrow: they go with the format characters.
const DROP_ONE_LINE = /[\p{Cc}\p{Cs}]|(?![\u200C\u200D])\p{Cf}|(?=\p{Cn})\p{Default_Ignorable_Code_Point}/gu;
const DROP_CHAT = /(?![\t\n])\p{Cc}|\p{Cs}|(?![\u200C\u200D])\p{Cf}|(?=\p{Cn})\p{Default_Ignorable_Code_Point}/gu;
const JOINERS = /[\u200C\u200D]/gu;
// Alternations, not classes: workerd's V8 (2026-04) fails `[\p{L}\p{M}]$` on an astral character.
const WORD_BEFORE = /(?:\p{L}|\p{M})$/u;
const WORD_AFTER = /^\p{L}/u;
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/**
 * Something a reader can see: not whitespace, not a control/format/unassigned/private character,
 * not a combining mark on its own, and not one of the blank "letters" (Hangul fillers, the
 * Braille blank) that are favourite ways to make an empty-looking name.
 */
const VISIBLE = /[^\p{White_Space}\p{C}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** A zero-width joiner or non-joiner survives only between two letters (or two emoji). */
function keepJoinersInWords(s: string): string {
  return s.replace(JOINERS, (joiner, offset: number) => {
    const before = s.slice(Math.max(0, offset - 2), offset);
    const after = s.slice(offset + 1, offset + 3);
    if (WORD_BEFORE.test(before) && WORD_AFTER.test(after)) return joiner;
    if (joiner === "\u200D" && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) return joiner;
    return "";
  });
}

/** A name or a title: one line, single spaces, trimmed. */
export function cleanLine(input: string): string {
  const s = input.normalize("NFC").replace(LINE_BREAKS_AND_TABS, " ").replace(DROP_ONE_LINE, "");
  return keepJoinersInWords(s).replace(/\p{White_Space}+/gu, " ").normalize("NFC").trim();
}

/** A chat message: lines and tabs kept, "\n" line breaks, trimmed. */
export function cleanMultiline(input: string): string {
  const s = input.normalize("NFC").replace(CHAT_LINE_BREAKS, "\n").replace(DROP_CHAT, "");
  return keepJoinersInWords(s).normalize("NFC").trim();
}

export function hasVisibleChar(s: string): boolean {
  return VISIBLE.test(s);
}

export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * A zod string field that is cleaned, then must show something and fit `max` code points. The
 * messages name the field, since they are what a person sees in a 400.
 */
export function textField(what: string, max: number, clean: (s: string) => string = cleanLine) {
  return z
    .string()
    .transform(clean)
    .refine(hasVisibleChar, `${what} needs at least one visible character`)
    .refine((s) => codePoints(s) <= max, `${what} must be at most ${max} characters`);
}

// Pure calls: the web bundle may import constants from here without building the schemas.
export const DisplayNameSchema = /* @__PURE__ */ textField("a name", MAX_NAME_CHARS);
export const RoomTitleSchema = /* @__PURE__ */ textField("a title", MAX_TITLE_CHARS);
export const chatTextField = (max: number) => textField("a chat message", max, cleanMultiline);
