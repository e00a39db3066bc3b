/**
 * Whether pasted text came from outside the editor: the editor's own last copy or cut in this
 * session is remembered as a length and a hash (never the text), and a paste that matches it is
 * the candidate moving their own code. Anything else — another app, another tab, an older copy —
 * is `external`. A claim like every signal: the replay shows it, nothing acts on it.
 */
import type { Signal } from "../../../contracts/record";

export interface Fingerprint {
  length: number;
  hash: number;
}

/** FNV-1a over the UTF-16 code units: cheap for a large paste, and enough to tell texts apart here. */
export function fingerprint(text: string): Fingerprint {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return { length: text.length, hash: h >>> 0 };
}

/** The signal for pasting `text` at `at`, given the editor's last copy (null: none this session). */
export function pasteSignal(text: string, lastCopy: Fingerprint | null, at: number): Extract<Signal, { kind: "paste" }> {
  const own = lastCopy !== null && lastCopy.length === text.length && lastCopy.hash === fingerprint(text).hash;
  return { kind: "paste", at, size: Math.min(text.length, 10_000_000), external: !own };
}
