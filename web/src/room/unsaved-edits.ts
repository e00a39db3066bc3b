/**
 * Edits the room refused to merge, kept for the participant. When the room refuses this browser's
 * copy of the code (it holds changes the room will never take), the copy has to be dropped and
 * synced afresh — but the participant's work is theirs: each buffer they changed is kept here, in
 * localStorage, with their text and their changes as a Yjs update, until they restore or dismiss it.
 */
import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { CODE_KEY_PREFIX as PREFIX } from "../../../contracts/room-state";

export interface KeptBuffer {
  /** The buffer as the participant last saw it. */
  text: string;
  /** Their changes, as a Yjs update on top of the room's copy: restoring merges them (base64). */
  changes?: string;
}
/** Language id → what is kept of that buffer. */
export type KeptBuffers = Record<string, KeptBuffer>;
export interface UnsavedEdits { at: number; buffers: KeptBuffers }

function texts(doc: Y.Doc): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of doc.share.keys()) if (name.startsWith(PREFIX)) out[name.slice(PREFIX.length)] = doc.getText(name).toString();
  return out;
}

/** Every code buffer of a copy, before anyone knows which of them the participant changed. */
export function allBuffers(doc: Y.Doc): KeptBuffers {
  return Object.fromEntries(Object.entries(texts(doc)).map(([lang, text]) => [lang, { text }]));
}

function merge(room: Y.Doc, changes: Uint8Array): Y.Doc {
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(room));
  Y.applyUpdate(merged, changes);
  return merged;
}

/**
 * The buffers that `local`'s own changes (what it holds beyond the room's state) touch. A buffer
 * that only others changed since is not the participant's edit, though its text differs.
 */
export function refusedEdits(local: Y.Doc, room: Y.Doc): KeptBuffers {
  const changes = Y.encodeStateAsUpdate(local, Y.encodeStateVector(room));
  const before = texts(room);
  const after = texts(merge(room, changes));
  const mine = texts(local);
  const out: KeptBuffers = {};
  for (const lang of Object.keys(after)) {
    if (after[lang] !== (before[lang] ?? "")) out[lang] = { text: mine[lang] ?? "", changes: toBase64(changes) };
  }
  return out;
}

/** Only the buffers whose text is not already the room's. */
export function differing(buffers: KeptBuffers, room: Y.Doc): KeptBuffers {
  return Object.fromEntries(Object.entries(buffers).filter(([lang, b]) => b.text !== room.getText(PREFIX + lang).toString()));
}

/**
 * What the buffer becomes when the participant restores it: the room's current code with their
 * changes merged in (as if the room had taken them), so what others wrote since stays; without a
 * recorded update, their text as it was.
 */
export function restoredText(room: Y.Doc, lang: string, kept: KeptBuffer): string {
  if (!kept.changes) return kept.text;
  try {
    return merge(room, fromBase64(kept.changes)).getText(PREFIX + lang).toString();
  } catch {
    return kept.text;
  }
}

const key = (roomId: string, userId: string) => `duet:unsaved:${roomId}:${userId}`;

export function loadUnsaved(roomId: string, userId: string): UnsavedEdits | null {
  try {
    const v = JSON.parse(localStorage.getItem(key(roomId, userId)) ?? "null") as UnsavedEdits | null;
    return v && typeof v.buffers === "object" && Object.keys(v.buffers).length > 0 ? v : null;
  } catch {
    return null;
  }
}

/** Stores (or, with no buffers left, forgets) the edits; returns what is now kept. */
export function saveUnsaved(roomId: string, userId: string, buffers: KeptBuffers): UnsavedEdits | null {
  const edits = Object.keys(buffers).length > 0 ? { at: Date.now(), buffers } : null;
  const store = (v: UnsavedEdits | null) => (v ? localStorage.setItem(key(roomId, userId), JSON.stringify(v)) : localStorage.removeItem(key(roomId, userId)));
  try {
    store(edits);
  } catch {
    try {
      // Over the quota: the texts alone are what matters most.
      store(edits && { ...edits, buffers: Object.fromEntries(Object.entries(buffers).map(([l, b]) => [l, { text: b.text }])) });
    } catch {
      // storage disabled: the edits stay on screen for this page's life
    }
  }
  return edits;
}
