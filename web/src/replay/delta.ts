/**
 * A Yjs text delta (retain n, insert s, delete n; lengths in UTF-16 units, as JS strings count)
 * applied to a plain string and to who wrote each stretch of it. The replay rebuilds every moment
 * from these, so scrubbing never waits on the server.
 */
import type { TextDeltaOp } from "../../../contracts/record";

/** A stretch of `length` characters written by `userId` (null: the room's own text, e.g. a starter). */
export interface AuthorRun { userId: string | null; length: number }

export function applyDelta(text: string, ops: readonly TextDeltaOp[]): string {
  let out = "";
  let pos = 0;
  for (const op of ops) {
    if ("retain" in op) {
      out += text.slice(pos, pos + op.retain);
      pos += op.retain;
    } else if ("insert" in op) out += op.insert;
    else pos += op.delete;
  }
  return out + text.slice(pos);
}

/**
 * The runs after the delta: what it inserts belongs to `userId`; neighbours of one author merge.
 * Never mutates `runs`: whole runs it keeps are shared with the new array (frames keep them), so
 * a local edit to a long history allocates only around the edit.
 */
export function applyDeltaToRuns(runs: readonly AuthorRun[], ops: readonly TextDeltaOp[], userId: string | null): AuthorRun[] {
  // The untouched head is copied whole (an edit is mostly one retain, then a small change).
  let i = 0;
  let skipped = 0;
  const first = ops[0];
  const lead = first && "retain" in first ? first.retain : 0;
  while (i < runs.length && skipped + runs[i].length <= lead) skipped += runs[i++].length;
  const out: AuthorRun[] = runs.slice(0, i);
  const add = (run: AuthorRun) => {
    if (run.length <= 0) return;
    const last = out[out.length - 1];
    if (last && last.userId === run.userId) out[out.length - 1] = { userId: run.userId, length: last.length + run.length };
    else out.push(run);
  };
  let off = 0;
  const take = (n: number, keep: boolean) => {
    while (n > 0 && i < runs.length) {
      const run = runs[i];
      const left = run.length - off;
      if (n >= left) {
        if (keep) add(off === 0 ? run : { userId: run.userId, length: left });
        n -= left;
        i++;
        off = 0;
      } else {
        if (keep) add({ userId: run.userId, length: n });
        off += n;
        n = 0;
      }
    }
  };
  for (const [k, op] of ops.entries()) {
    if ("retain" in op) take(k === 0 ? op.retain - skipped : op.retain, true);
    else if ("insert" in op) add({ userId, length: op.insert.length });
    else take(op.delete, false);
  }
  if (i < runs.length) {
    take(runs[i].length - off, true); // the rest of a run the last op split, which may merge
    return i < runs.length ? out.concat(runs.slice(i)) : out;
  }
  return out;
}

/** Runs as [start, end) offsets, for decorating a text. */
export function runRanges(runs: readonly AuthorRun[]): { userId: string | null; start: number; end: number }[] {
  let at = 0;
  return runs.map((r) => ({ userId: r.userId, start: at, end: (at += r.length) }));
}
