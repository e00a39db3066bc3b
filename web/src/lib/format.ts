/** Small display helpers shared by the panels (numbers, times and words: i18n/format.ts, the locale files). */

/**
 * An avatar's letters: the first letter (or digit) of the first and the last word. Punctuation and
 * emoji are skipped ("G(" → "G"; an emoji renders as a box without an emoji font), a letter keeps
 * its marks (a whole grapheme), and a name with no letter at all gets "?".
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).map(firstLetter).filter((l): l is string => l !== null);
  if (words.length === 0) return "?";
  return (words[0] + (words.length > 1 ? words[words.length - 1] : "")).toUpperCase();
}

const LETTER = /^[\p{L}\p{N}]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function firstLetter(word: string): string | null {
  for (const { segment } of graphemes.segment(word)) if (LETTER.test(segment)) return segment;
  return null;
}
