/**
 * Remote awareness states are whatever another client sent. Duet renders three of their fields:
 * `user` (the Room stamps it from the verified identity) and the caret, as `selection` (y-monaco)
 * or `cursor` (y-codemirror): Yjs relative positions. y-monaco resolves every peer's positions on
 * every render, so one malformed position used to throw in every other participant's editor and
 * stop all remote carets. Each awareness frame is therefore cleaned before it is applied: a field
 * that does not hold up is dropped (not the whole state), unknown fields pass unchanged, and a
 * frame that does not decode is ignored. The Room validates too; this is the client's own line.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CURSOR_FIELD, PRESENCE_FIELD } from "../../../contracts/cursor";
import { CODE_KEY_PREFIX } from "../../../contracts/room-state";
import { ROLES } from "../../../contracts/wire";

type Json = Record<string, unknown>;
interface Id { client: number; clock: number }
/** A relative position as y-monaco reads it: all four fields present (null, not missing). */
export interface PositionJson { type: Id | null; tname: string | null; item: Id | null; assoc: number }

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isUint = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** null when absent, undefined when present but not an ID. */
function readId(v: unknown): Id | null | undefined {
  if (v == null) return null;
  return isObject(v) && isUint(v.client) && isUint(v.clock) ? { client: v.client, clock: v.clock } : undefined;
}

/**
 * A position that decodes and resolves against `doc` without throwing. One that refers to content
 * not here yet resolves to null and is kept: the binding draws it once that content arrives.
 * A root-type name must be one this doc has, or resolving it would create that type here.
 */
/** The names of the code doc's buffers (`code:<language>`): the only roots a caret may name before they exist here. */
const CODE_BUFFER = new RegExp(`^${CODE_KEY_PREFIX}[a-z0-9_+-]{1,32}$`);

export function cleanPosition(v: unknown, doc: Y.Doc): PositionJson | null {
  if (!isObject(v)) return null;
  const type = readId(v.type);
  const item = readId(v.item);
  const tname = v.tname == null ? null : typeof v.tname === "string" && (doc.share.has(v.tname) || CODE_BUFFER.test(v.tname)) ? v.tname : undefined;
  const assoc = v.assoc == null ? 0 : Number.isSafeInteger(v.assoc) ? (v.assoc as number) : undefined;
  if (type === undefined || item === undefined || tname === undefined || assoc === undefined) return null;
  if (type === null && item === null && tname === null) return null;
  const pos = { type, tname, item, assoc };
  // A code buffer this page has not opened yet (a late joiner gets the room's carets before its
  // editor creates the buffer): kept as it is, and drawn once the buffer exists. Resolving it now
  // would create that buffer here; dropping it hid idle carets until their owner moved.
  if (tname !== null && !doc.share.has(tname)) return pos;
  try {
    Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(pos), doc);
  } catch {
    return null;
  }
  return pos;
}

function cleanRange(v: unknown, doc: Y.Doc): { anchor: PositionJson; head: PositionJson } | undefined {
  if (!isObject(v)) return undefined;
  const anchor = cleanPosition(v.anchor, doc);
  const head = cleanPosition(v.head, doc);
  return anchor && head ? { anchor, head } : undefined;
}

function cleanUser(v: unknown): Json | undefined {
  if (!isObject(v) || typeof v.userId !== "string" || typeof v.name !== "string" || !(ROLES as readonly unknown[]).includes(v.role)) return undefined;
  const { color, ...rest } = v;
  return typeof color === "string" && /^#[0-9a-f]{6}$/i.test(color) ? { ...rest, color } : rest;
}

/**
 * The fields Duet renders, each with its cleaner; issue-specific fields get added here. Duet's
 * editors use CURSOR_FIELD only; `cursor` is what stock y-codemirror clients publish.
 */
const FIELDS: Record<string, (v: unknown, doc: Y.Doc) => unknown> = { user: cleanUser, [CURSOR_FIELD]: cleanRange, cursor: cleanRange };

export function cleanState(state: unknown, doc: Y.Doc): Json | null {
  if (state === null) return null; // the peer left
  if (!isObject(state)) return {};
  const out: Json = { ...state };
  for (const [field, clean] of Object.entries(FIELDS)) {
    if (!(field in out)) continue;
    const v = clean(out[field], doc);
    if (v === undefined) delete out[field];
    else out[field] = v;
  }
  return out;
}

/**
 * An awareness update (y-protocols: varUint n, then n × clientID, clock, JSON) with every state
 * cleaned; entries whose JSON does not parse are left out. Null when the frame itself is broken.
 */
export function cleanAwarenessUpdate(update: Uint8Array, doc: Y.Doc): Uint8Array | null {
  const entries: [number, number, string][] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const n = decoding.readVarUint(decoder);
    for (let i = 0; i < n; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      let state: unknown;
      try {
        state = JSON.parse(json);
      } catch {
        continue;
      }
      const cleaned = cleanState(state, doc);
      // Our own state marked reconnecting is the room's word on an earlier socket of ours: we are here.
      if (client === doc.clientID && cleaned) delete cleaned[PRESENCE_FIELD];
      entries.push([client, clock, JSON.stringify(cleaned)]);
    }
  } catch {
    return null;
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [client, clock, json] of entries) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}
