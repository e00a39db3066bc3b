/**
 * A line diff of two versions of a buffer (the replay's "compare two moments"): the common head
 * and tail first, then a longest common subsequence of what lies between. Past MAX_CELLS of
 * table it gives up on alignment and shows the middle as removed then added, which is still true.
 */
export type DiffLine = { op: "same" | "add" | "del"; text: string; a?: number; b?: number };

export const MAX_CELLS = 4_000_000;

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++) out.push({ op: "same", text: a[i], a: i + 1, b: i + 1 });
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  middle(am, bm, head, out);
  for (let i = tail; i > 0; i--) out.push({ op: "same", text: a[a.length - i], a: a.length - i + 1, b: b.length - i + 1 });
  return out;
}

function middle(a: string[], b: string[], offset: number, out: DiffLine[]): void {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    a.forEach((text, i) => out.push({ op: "del", text, a: offset + i + 1 }));
    b.forEach((text, j) => out.push({ op: "add", text, b: offset + j + 1 }));
    return;
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..], one flat table.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ op: "same", text: a[i], a: offset + i + 1, b: offset + j + 1 });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
      out.push({ op: "del", text: a[i], a: offset + i + 1 });
      i++;
    } else {
      out.push({ op: "add", text: b[j], b: offset + j + 1 });
      j++;
    }
  }
}
