/**
 * y-monaco marks remote selections with `yRemoteSelection-<clientID>` and carets with
 * `yRemoteSelectionHead-<clientID>`; this turns the awareness states into the CSS that colours
 * them and labels each caret with the participant's name.
 *
 * Names are another participant's text inside our stylesheet, so nothing of them reaches the CSS
 * parser as itself except letters, digits and spaces: every other code point is a hex escape.
 * (Monaco decorations take class names only, so `content: attr(…)` is not an option here.)
 */
export interface RemoteUser { clientId: number; name: string; color: string }

/** Longest label, in code points (never splits a surrogate pair). */
export const MAX_LABEL_CHARS = 40;

const FALLBACK_COLOR = "#6d5dfc";
const safeColor = (c: unknown) => (typeof c === "string" && /^#[0-9a-f]{6}$/i.test(c) ? c : FALLBACK_COLOR);
const SAFE_CHAR = /^[A-Za-z0-9 ]$/;

/**
 * A CSS string literal nothing can break out of. An escape is always six hex digits and a space:
 * a fixed width cannot swallow a following digit, and the space that ends it is part of it
 * (CSS Syntax §4.3.7), so a name's own spaces stay spaces. NUL and lone surrogates come out as
 * U+FFFD, which is what CSS makes of them.
 */
export function cssString(s: string, max = MAX_LABEL_CHARS): string {
  let out = "";
  let n = 0;
  for (const ch of s) {
    if (n++ >= max) break;
    out += SAFE_CHAR.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).padStart(6, "0")} `;
  }
  return `"${out}"`;
}

export function cursorCss(users: RemoteUser[]): string {
  return users
    .filter((u) => Number.isSafeInteger(u.clientId) && u.clientId >= 0 && typeof u.name === "string")
    .map(({ clientId: id, name, color }) => {
      const c = safeColor(color);
      return [
        `.yRemoteSelection-${id}{background-color:${c}33;}`,
        `.yRemoteSelectionHead-${id}{border-color:${c};}`,
        `.yRemoteSelectionHead-${id}::after{content:${cssString(name)};background:${c};}`,
      ].join("");
    })
    .join("\n");
}
