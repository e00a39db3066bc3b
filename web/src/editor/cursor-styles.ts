/**
 * y-monaco marks remote selections with `yRemoteSelection-<clientID>` and carets with
 * `yRemoteSelectionHead-<clientID>`; this turns the awareness states into the CSS that colours
 * them and labels each caret with the participant's name.
 */
export interface RemoteUser { clientId: number; name: string; color: string }

const safeColor = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : "#6d5dfc");
/** A CSS string literal: no quotes, backslashes, newlines or angle brackets can escape it. */
const cssString = (s: string) => `"${s.replace(/["\\<>\n\r]/g, "").slice(0, 40)}"`;

export function cursorCss(users: RemoteUser[]): string {
  return users
    .map(({ clientId, name, color }) => {
      const c = safeColor(color);
      const id = Math.trunc(clientId);
      return [
        `.yRemoteSelection-${id}{background-color:${c}33;}`,
        `.yRemoteSelectionHead-${id}{border-color:${c};}`,
        `.yRemoteSelectionHead-${id}::after{content:${cssString(name)};background:${c};}`,
      ].join("");
    })
    .join("\n");
}
