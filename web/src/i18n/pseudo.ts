/**
 * Pseudo-localisation (en-XA): "Run" → "[Ŕüüƞ]". Every ASCII letter gets an accented
 * look-alike, every vowel is doubled and short strings are padded, so a string is about 40 %
 * longer; brackets show where each one starts and ends. Interpolations (`{{name}}`) and nesting
 * (`$t(…)`) stay as they are. Text on screen without accented letters was never translated.
 */

const ACCENTED: Record<string, string> = {
  a: "ȧ", b: "ƀ", c: "ƈ", d: "ḓ", e: "ḗ", f: "ƒ", g: "ɠ", h: "ħ", i: "ī", j: "ĵ", k: "ķ", l: "ŀ", m: "ḿ",
  n: "ƞ", o: "ǿ", p: "ƥ", q: "ɋ", r: "ř", s: "ş", t: "ŧ", u: "ŭ", v: "ṽ", w: "ẇ", x: "ẋ", y: "ẏ", z: "ẑ",
  A: "Ȧ", B: "Ɓ", C: "Ƈ", D: "Ḓ", E: "Ḗ", F: "Ƒ", G: "Ɠ", H: "Ħ", I: "Ī", J: "Ĵ", K: "Ķ", L: "Ŀ", M: "Ḿ",
  N: "Ƞ", O: "Ǿ", P: "Ƥ", Q: "Ɋ", R: "Ř", S: "Ş", T: "Ŧ", U: "Ŭ", V: "Ṽ", W: "Ẇ", X: "Ẋ", Y: "Ẏ", Z: "Ẑ",
};

/** Matches any character the pseudo-locale produces: text on screen without one was not translated. */
export const PSEUDO_MARK = new RegExp(`[${Object.values(ACCENTED).join("")}]`, "u");

const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>)/;

function accent(text: string, longer = true): string {
  let out = "";
  for (const ch of text) {
    const a = ACCENTED[ch];
    out += a === undefined ? ch : longer && /[aeiouAEIOU]/.test(ch) ? a + a : a;
  }
  return out;
}

/** One string, pseudo-localised. An initial or a two-letter code stays that long (it is an abbreviation in every language). */
export function pseudoString(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  if (text.length <= 2) return accent(text, false);
  const parts = text.split(KEEP).map((p, i) => (i % 2 === 1 ? p : accent(p)));
  const body = parts.join("");
  // Doubled vowels add ~35 %; short strings (labels, buttons) get a little more, as real ones do.
  const pad = Math.max(0, Math.ceil(text.length * 0.4) - (body.length - text.length));
  return `[${body}${pad > 0 ? " " + "·".repeat(Math.max(1, pad - 1)) : ""}]`;
}

type Tree = { [key: string]: string | Tree };

/** A whole resource tree, pseudo-localised (same keys). */
export function pseudoResources(tree: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(tree)) out[k] = typeof v === "string" ? pseudoString(v) : pseudoResources(v);
  return out;
}
