/**
 * Real Yjs updates of every kind a client can send, for decoder tests and fuzzing: keystrokes,
 * deletions, map writes and overwrites, nested types, binaries, formatting, two writers'
 * concurrent edits, merged updates and sync diffs.
 */
import * as Y from "yjs";

export function sampleUpdates(): Uint8Array[] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const out: Uint8Array[] = [];
  a.on("update", (u: Uint8Array) => out.push(u));
  b.on("update", (u: Uint8Array) => out.push(u));
  const t = a.getText("code:python");
  t.insert(0, "def solve(nums):\n    return sorted(nums)\n");
  t.insert(4, "é✓😀");
  t.delete(2, 3);
  t.format(0, 3, { bold: true });
  a.getMap("meta").set("k", { list: [1, 2.5, "x", null, true], n: -3 });
  const arr = a.getArray("arr");
  arr.insert(0, [new Y.Map(), new Y.Text("inner"), new Uint8Array([1, 2, 3]), 5]);
  (arr.get(0) as Y.Map<unknown>).set("deep", new Y.Array());
  a.getXmlFragment("xml").insert(0, [new Y.XmlElement("p")]);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.getText("code:python").insert(10, "XYZ");
  b.getMap("meta").set("k", "overwritten");
  arr.delete(1, 1);
  out.push(Y.encodeStateAsUpdate(a), Y.mergeUpdates(out.slice()), Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  return out;
}

/** Keystrokes as a browser sends them: one update per character typed (and now and then a backspace). */
export function keystrokes(n: number, text = "code:python"): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => out.push(u));
  const t = doc.getText(text);
  const line = "def solve(nums):  return sorted(nums)\n";
  for (let i = 0; i < n; i++) {
    if (i % 7 === 6) t.delete(t.length - 1, 1);
    else t.insert(t.length, line[i % line.length]);
  }
  return out;
}
