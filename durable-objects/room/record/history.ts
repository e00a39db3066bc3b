/**
 * The room's docs as they stood at a moment, rebuilt from the log: the nearest kept snapshot
 * (update-log.ts's series) and the updates after it up to that moment. Before the first
 * participant's update, a doc is its starting buffers (the room's own opening writes); after the
 * last, it is the final state.
 */
import * as Y from "yjs";
import { CODE_KEY_PREFIX } from "../../../contracts/room-state";
import type { AuthorRun, CodeAt } from "../../../contracts/record";
import { SERVER_USER, type ClientOwners } from "../client-owners";
import { LOAD } from "../origins";
import type { UpdateLog } from "../update-log";

/** The doc rebuilt from every update of seq <= upTo. */
export function docThrough(log: UpdateLog, doc: string, upTo: number): Y.Doc {
  const ydoc = new Y.Doc();
  const snapshot = log.snapshotAtOrBefore(doc, upTo);
  ydoc.transact(() => {
    if (snapshot) Y.applyUpdate(ydoc, snapshot.data, LOAD);
    for (const u of log.between(doc, snapshot?.seq ?? 0, upTo)) Y.applyUpdate(ydoc, u.data, LOAD);
  }, LOAD);
  return ydoc;
}

/** The last seq of a doc's state at `t`: never before its starting buffers. */
export function seqAtTime(log: UpdateLog, doc: string, t: number): number {
  return Math.max(log.seqAt(doc, t), log.openingSeq(doc));
}

/** Every code buffer at `t`, with who wrote each stretch; the notes too when asked. */
export function codeAt(log: UpdateLog, owners: ClientOwners, t: number, opts: { notes: boolean }): CodeAt {
  const code = docThrough(log, "code", seqAtTime(log, "code", t));
  const files: Record<string, string> = {};
  const authors: Record<string, AuthorRun[]> = {};
  for (const key of [...code.share.keys()].filter((k) => k.startsWith(CODE_KEY_PREFIX)).sort()) {
    const text = code.getText(key);
    const language = key.slice(CODE_KEY_PREFIX.length);
    files[language] = text.toString();
    authors[language] = authorRuns(text, (client) => owners.owner("code", client));
  }
  if (!opts.notes) return { t, files, authors };
  const notes = docThrough(log, "private", seqAtTime(log, "private", t)).getText("notes").toString();
  return { t, files, authors, notes };
}

/**
 * Who wrote each stretch of a text: the owner of the Yjs client id of each live item (the first
 * user who wrote with it, per the log), never what the struct claims. The room's own text is null.
 */
export function authorRuns(text: Y.Text, ownerOf: (client: number) => string | undefined): AuthorRun[] {
  const runs: AuthorRun[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable || item.length === 0) continue;
    const owner = ownerOf(item.id.client);
    const userId = owner === undefined || owner === SERVER_USER ? null : owner;
    const last = runs.at(-1);
    if (last && last.userId === userId) last.length += item.length;
    else runs.push({ userId, length: item.length });
  }
  return runs;
}
