/**
 * The colour of each remote caret and selection. Monaco decorations take class names only, so
 * colours reach them through a stylesheet built from validated `#rrggbb` colours and integer
 * client ids — nothing a participant typed. Names are never in it: labels are DOM text
 * (remote-cursors.ts), since a name in a CSS `content:` string once restyled a page.
 */
export interface CaretColor { clientId: number; color: string }

const FALLBACK_COLOR = "#6d5dfc";
const safeColor = (c: unknown) => (typeof c === "string" && /^#[0-9a-f]{6}$/i.test(c) ? c : FALLBACK_COLOR);

export function cursorCss(carets: readonly CaretColor[]): string {
  return carets
    .filter((u) => Number.isSafeInteger(u.clientId) && u.clientId >= 0)
    .map(({ clientId: id, color }) => {
      const c = safeColor(color);
      return `.yRemoteSelection-${id}{background-color:${c}33;}.yRemoteSelectionHead-${id}{border-color:${c};}`;
    })
    .join("\n");
}
