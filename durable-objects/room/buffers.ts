/**
 * Starter code in the room's code buffers. Only the Room inserts it (two clients inserting a
 * template at once would duplicate it), and only into buffers nobody has touched. Starters are
 * LF-only when written (a problem file saved on Windows has CRLF; code buffers never do).
 */
import type * as Y from "yjs";
import { LANGUAGES_BY_ID, LANGUAGE_IDS, type LanguageId } from "../../contracts/languages";
import { codeText } from "../../contracts/room-state";
import { toLf } from "./line-endings";
import type { Origin } from "./origins";

export type Starters = Record<string, string>;

export function starterFor(language: LanguageId, problem: Starters | null | undefined): string {
  return toLf(problem?.[language] ?? LANGUAGES_BY_ID[language].template);
}

/** Gives an empty buffer its starter. */
export function seedBuffer(code: Y.Doc, language: LanguageId, problem: Starters | null | undefined, origin: Origin): void {
  const text = codeText(code, language);
  if (text.length === 0) code.transact(() => text.insert(0, starterFor(language, problem)), origin);
}

/** Replaces a buffer with its starter (the problem's, else the language's template), whatever it holds. */
export function resetBuffer(code: Y.Doc, language: LanguageId, problem: Starters | null | undefined, origin: Origin): void {
  const text = codeText(code, language);
  const starter = starterFor(language, problem);
  if (text.toString() === starter) return;
  code.transact(() => {
    text.delete(0, text.length);
    text.insert(0, starter);
  }, origin);
}

/**
 * A new problem: buffers still holding untouched starter code (the language template or the
 * previous problem's starter) get the new starter; the active language's buffer is seeded if
 * empty; anything the candidate wrote is left alone.
 */
export function swapStarters(code: Y.Doc, before: Starters | null | undefined, after: Starters | null, active: LanguageId, origin: Origin): void {
  code.transact(() => {
    for (const lang of LANGUAGE_IDS) {
      const text = codeText(code, lang);
      const current = text.toString();
      // Untouched means equal to a starter as the Room wrote it: LF.
      if (text.length === 0 || (current !== starterFor(lang, null) && current !== starterFor(lang, before))) continue;
      text.delete(0, text.length);
      text.insert(0, starterFor(lang, after));
    }
    seedBuffer(code, active, after, origin);
  }, origin);
}
