/**
 * ANSI SGR colours → styled spans. Programs print `\x1b[31m…\x1b[0m`; we keep the text and turn
 * the colour codes into segments with a class per colour. Other escape sequences (cursor moves,
 * erase) have no meaning in a log view and are dropped. Pure, so it is tested without a DOM.
 */
export interface AnsiStyle { fg?: string; bg?: string; bold?: boolean; dim?: boolean; italic?: boolean; underline?: boolean }
export interface AnsiSegment { text: string; style: AnsiStyle }

const NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC (\x1b) starts every ANSI sequence this parses
const ESCAPE = /\x1b\[([0-9;?]*)([A-Za-z])|\x1b[()][A-Z0-9]|\x1b[=>]/g;

/** An xterm 256-colour index as CSS. */
function color256(n: number): string {
  if (n < 16) return n < 8 ? `ansi-${NAMES[n]}` : `ansi-bright-${NAMES[n - 8]}`;
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return `rgb(${v},${v},${v})`;
  }
  const i = n - 16;
  const c = (x: number) => (x === 0 ? 0 : 55 + x * 40);
  return `rgb(${c(Math.floor(i / 36))},${c(Math.floor(i / 6) % 6)},${c(i % 6)})`;
}

function applySgr(params: number[], style: AnsiStyle): AnsiStyle {
  let s = { ...style };
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p === 0) s = {};
    else if (p === 1) s.bold = true;
    else if (p === 2) s.dim = true;
    else if (p === 3) s.italic = true;
    else if (p === 4) s.underline = true;
    else if (p === 22) s.bold = s.dim = false;
    else if (p === 23) s.italic = false;
    else if (p === 24) s.underline = false;
    else if (p >= 30 && p <= 37) s.fg = `ansi-${NAMES[p - 30]}`;
    else if (p >= 90 && p <= 97) s.fg = `ansi-bright-${NAMES[p - 90]}`;
    else if (p >= 40 && p <= 47) s.bg = `ansi-${NAMES[p - 40]}`;
    else if (p >= 100 && p <= 107) s.bg = `ansi-bright-${NAMES[p - 100]}`;
    else if (p === 39) delete s.fg;
    else if (p === 49) delete s.bg;
    else if ((p === 38 || p === 48) && params[i + 1] === 5) {
      s[p === 38 ? "fg" : "bg"] = color256(params[i + 2] ?? 0);
      i += 2;
    } else if ((p === 38 || p === 48) && params[i + 1] === 2) {
      s[p === 38 ? "fg" : "bg"] = `rgb(${params[i + 2] ?? 0},${params[i + 3] ?? 0},${params[i + 4] ?? 0})`;
      i += 4;
    }
  }
  return s;
}

/** Splits `input` into styled segments, starting from `style` (the state left by earlier chunks). */
export function parseAnsi(input: string, style: AnsiStyle = {}): { segments: AnsiSegment[]; style: AnsiStyle } {
  const segments: AnsiSegment[] = [];
  let last = 0;
  let cur = style;
  const push = (text: string) => {
    if (text) segments.push({ text, style: cur });
  };
  for (const m of input.matchAll(ESCAPE)) {
    push(input.slice(last, m.index));
    last = m.index! + m[0].length;
    if (m[2] === "m") cur = applySgr(m[1] === "" ? [0] : m[1].split(";").map((x) => Number(x) || 0), cur);
  }
  push(input.slice(last));
  return { segments, style: cur };
}

/** CSS for a segment: palette names become classes, literal colours inline styles. */
export function segmentProps(style: AnsiStyle): { className?: string; style?: Record<string, string> } {
  const classes: string[] = [];
  const css: Record<string, string> = {};
  if (style.fg) (style.fg.startsWith("ansi-") ? classes.push(`fg-${style.fg}`) : (css.color = style.fg));
  if (style.bg) (style.bg.startsWith("ansi-") ? classes.push(`bg-${style.bg}`) : (css.backgroundColor = style.bg));
  if (style.bold) classes.push("ansi-bold");
  if (style.dim) classes.push("ansi-dim");
  if (style.italic) classes.push("ansi-italic");
  if (style.underline) classes.push("ansi-underline");
  return { className: classes.length ? classes.join(" ") : undefined, style: Object.keys(css).length ? css : undefined };
}
