/**
 * The awareness fields Duet's editors render from other people, checked one by one: a bad field
 * is dropped, the rest of the state kept, and unknown fields pass untouched (within the state's
 * size cap), so stock y-monaco and y-codemirror clients keep working.
 *
 *   selection = { anchor: relpos, head: relpos, … }   y-monaco (RelativePosition objects as JSON)
 *   cursor    = { anchor: relpos, head: relpos, … }   y-codemirror (Y.relativePositionToJSON)
 *   relpos    = { type?: id | null, tname?: string | null, item?: id | null, assoc?: integer | null }
 *               with at least one of item, tname, type
 *   id        = { client: uint, clock: uint }
 *
 * A position is passed on in Yjs's full shape (absent parts as null, as contracts/cursor.ts has
 * it): y-monaco hands the parsed JSON straight to Y.createAbsolutePositionFromRelativePosition,
 * which reads a missing `item` as present and throws. (`user` is not checked here: the Room
 * overwrites it from the token.)
 */
import { CURSOR_FIELD, cursorPosition, type RelativePositionJson } from "../../contracts/cursor";

/** y-monaco's and Duet's caret (contracts/cursor.ts), and y-codemirror's. */
export const CARET_FIELDS = [CURSOR_FIELD, "cursor"] as const;

interface IdJSON {
  client: number;
  clock: number;
}

/** Removes caret fields that are not pairs of relative positions; normalises the ones that are (in place). */
export function cleanCarets(state: Record<string, unknown>): void {
  for (const field of CARET_FIELDS) {
    const value = state[field];
    if (value === undefined || value === null) continue;
    const caret = readCaret(value);
    if (caret) state[field] = caret;
    else delete state[field];
  }
}

function readCaret(value: unknown): Record<string, unknown> | null {
  if (!isRecord(value)) return null;
  const anchor = readRelativePosition(value.anchor);
  const head = readRelativePosition(value.head);
  return anchor && head ? { ...value, anchor, head } : null;
}

/** The position in Y.createRelativePositionFromJSON's terms, or null when it is not one. */
export function readRelativePosition(value: unknown): RelativePositionJson | null {
  if (!isRecord(value)) return null;
  const type = optional(value.type, readId);
  const tname = optional(value.tname, (v) => (typeof v === "string" ? v : undefined));
  const item = optional(value.item, readId);
  const assoc = optional(value.assoc, (v) => (Number.isSafeInteger(v) ? (v as number) : undefined));
  if (type === undefined || tname === undefined || item === undefined || assoc === undefined) return null;
  if (item === null && tname === null && type === null) return null; // Yjs cannot place it: unexpectedCase
  return cursorPosition({ type, tname, item, assoc: assoc ?? 0 });
}

/** null for absent or null; undefined for invalid. */
function optional<T>(value: unknown, read: (v: unknown) => T | undefined): T | null | undefined {
  return value === undefined || value === null ? null : read(value);
}

function readId(value: unknown): IdJSON | undefined {
  if (!isRecord(value)) return undefined;
  const { client, clock } = value;
  return isUint(client) && isUint(clock) ? { client, clock } : undefined;
}

function isUint(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
