/** Small display helpers shared by the panels (numbers, times and words: i18n/format.ts, the locale files). */

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = (word?: string) => (word ? [...word][0] : ""); // a whole code point: emoji, astral scripts
  return ((first(parts[0]) || "?") + (parts.length > 1 ? first(parts[parts.length - 1]) : "")).toUpperCase();
}
