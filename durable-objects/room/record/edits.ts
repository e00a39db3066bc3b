/**
 * Edits, derived from the Yjs log off the hot path: for each code or notes update, which buffer it
 * changed and by how much, with the change itself as a text delta (what a replay applies to a
 * string). Derived when the checkpoint deadline fires and before the record is read, from where
 * the last derivation stopped; never on the append path.
 *
 *   edits(rseq, language, doc, t, user_id, added, removed, delta)   one row per buffer an update changed
 *   edits_derived(doc, seq)                                          the log's seq derived up to
 */
import * as Y from "yjs";
import { LANGUAGES } from "../../../contracts/languages";
import type { TextDeltaOp } from "../../../contracts/record";
import { codeKey } from "../../../contracts/room-state";
import type { UpdateLog } from "../update-log";
import { docThrough } from "./history";

/** The docs whose changes are the record's edits (code) and notes (private). */
export const EDITED_DOCS = ["code", "private"] as const;
/** The notes' row in `edits`: the private doc has one text. */
export const NOTES = "notes";

export class EditDeriver {
  readonly #storage: DurableObjectStorage;
  readonly #log: UpdateLog;

  constructor(storage: DurableObjectStorage, log: UpdateLog) {
    this.#storage = storage;
    this.#log = log;
  }

  /** Derives every update not derived yet; returns how many updates it read. */
  derive(): number {
    let read = 0;
    for (const doc of EDITED_DOCS) read += this.#deriveDoc(doc);
    return read;
  }

  #deriveDoc(doc: (typeof EDITED_DOCS)[number]): number {
    const { sql } = this.#storage;
    const from = sql.exec<{ seq: number }>("SELECT seq FROM edits_derived WHERE doc = ?", doc).toArray()[0]?.seq ?? 0;
    const pending = [...this.#log.between(doc, from, Number.MAX_SAFE_INTEGER)];
    if (pending.length === 0) return 0;
    const ydoc = docThrough(this.#log, doc, from);
    const changes: Array<{ language: string; delta: TextDeltaOp[] }> = [];
    const texts = doc === "code" ? LANGUAGES.map((l) => [l.id, ydoc.getText(codeKey(l.id))] as const) : [[NOTES, ydoc.getText(NOTES)] as const];
    for (const [language, text] of texts) text.observe((e) => changes.push({ language, delta: plainDelta(e.delta) }));
    this.#storage.transactionSync(() => {
      for (const u of pending) {
        changes.length = 0;
        try {
          Y.applyUpdate(ydoc, u.data);
        } catch {
          continue; // an update the room logged but Yjs cannot read again changes no text (the room refused its like since)
        }
        if (u.rseq === null) continue;
        for (const { language, delta } of changes) {
          const { added, removed } = sizeOf(delta);
          if (added === 0 && removed === 0) continue;
          sql.exec(
            "INSERT OR REPLACE INTO edits (rseq, language, doc, t, user_id, added, removed, delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            u.rseq, language, doc, u.ts, u.userId, added, removed, JSON.stringify(delta),
          );
        }
      }
      sql.exec("INSERT OR REPLACE INTO edits_derived (doc, seq) VALUES (?, ?)", doc, pending.at(-1)!.seq);
    });
    return pending.length;
  }
}

/** Yjs's delta without attributes or embeds: code and notes are plain text. */
function plainDelta(delta: Array<{ insert?: unknown; retain?: number; delete?: number }>): TextDeltaOp[] {
  const ops: TextDeltaOp[] = [];
  for (const op of delta) {
    if (typeof op.insert === "string") ops.push({ insert: op.insert });
    else if (op.retain !== undefined) ops.push({ retain: op.retain });
    else if (op.delete !== undefined) ops.push({ delete: op.delete });
  }
  return ops;
}

function sizeOf(delta: TextDeltaOp[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const op of delta) {
    if ("insert" in op) added += op.insert.length;
    else if ("delete" in op) removed += op.delete;
  }
  return { added, removed };
}
