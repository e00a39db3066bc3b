/**
 * Remote carets in a real Monaco editor (happy-dom): one caret per client, labels are DOM text
 * (never CSS), shown after their owner moves and hidden later, nothing drawn inside Monaco's
 * own callbacks.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { CURSOR_FIELD, cursorPosition } from "../../../contracts/cursor";
import { createEditor, type } from "../test/real-monaco";
import { DuetBinding } from "./binding";
import { LABEL_MS } from "./cursor-labels";
import { RemoteCursors } from "./remote-cursors";
import { codeKey, codeText } from "../../../contracts/room-state";

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).reverse().forEach((f) => f());
  vi.useRealTimers();
});

function setup(text = "line1\nline2\nline3\n") {
  const doc = new Y.Doc();
  const ytext = codeText(doc, "python");
  ytext.insert(0, text);
  const awareness = new Awareness(doc);
  const { editor, model, dispose } = createEditor();
  const binding = new DuetBinding(ytext, model, editor, awareness);
  const cursors = new RemoteCursors(editor, binding, awareness);
  cleanups.push(dispose, () => binding.destroy(), () => cursors.destroy(), () => awareness.destroy());
  /** A peer's state arriving as the provider applies it. */
  const peer = (clientId: number, name: string, index: number, extra: Record<string, unknown> = {}) => {
    const pos = cursorPosition(Y.createRelativePositionFromTypeIndex(ytext, index));
    awareness.states.set(clientId, { user: { userId: `u${clientId}`, name, role: "candidate" }, [CURSOR_FIELD]: { anchor: pos, head: pos }, ...extra });
    awareness.emit("change", [{ added: [clientId], updated: [], removed: [] }, "remote"]);
  };
  return { doc, ytext, awareness, editor, model, binding, cursors, peer };
}

/** The caret decorations (y-monaco's class names: before or after the range, by direction). */
const caretsIn = (model: ReturnType<typeof setup>["model"], id?: number) =>
  model.getAllDecorations().filter((d) => {
    const cls = `${d.options.afterContentClassName ?? ""} ${d.options.beforeContentClassName ?? ""}`;
    return id === undefined ? cls.includes("yRemoteSelectionHead ") : cls.includes(`yRemoteSelectionHead-${id}`);
  });
const caretClass = (d: { options: { afterContentClassName?: string | null; beforeContentClassName?: string | null } }) => (d.options.afterContentClassName ?? d.options.beforeContentClassName)!;

/** Our stylesheet (Monaco has its own, with icon `content:`s). */
const caretCss = () => [...document.head.querySelectorAll("style")].map((st) => st.textContent ?? "").filter((t) => t.includes("yRemoteSelection")).join("\n");
const frame = () => new Promise((r) => setTimeout(r, 30));
const labels = () => [...document.querySelectorAll<HTMLElement>(".duet-cursor-label")];

describe("remote cursors", () => {
  it("draw one caret per client and label it with DOM text, never CSS content", async () => {
    const s = setup();
    s.peer(101, `Mallory "}*{display:none} <b>x</b>`, 2);
    s.peer(102, "Bo", 8);
    await frame();
    expect(caretsIn(s.model).map(caretClass).sort()).toEqual(["yRemoteSelectionHead yRemoteSelectionHead-101", "yRemoteSelectionHead yRemoteSelectionHead-102"]);
    expect(labels().map((l) => l.textContent).sort()).toEqual([`Mallory "}*{display:none} <b>x</b>`, "Bo"].sort());
    expect(document.querySelectorAll(".duet-cursor-label b")).toHaveLength(0);
    const css = caretCss();
    expect(css).toContain("yRemoteSelectionHead-101");
    expect(css).not.toContain("content");
    expect(css).not.toContain("Mallory");
    // A peer who moves again still has one caret.
    s.peer(101, "Mallory", 3);
    await frame();
    expect(caretsIn(s.model, 101)).toHaveLength(1);
  });

  it("show a label while its owner moves, hide it when they stop", async () => {
    const s = setup();
    s.peer(7, "Ada", 1);
    await frame();
    expect(labels()[0].dataset.shown).toBe("true");
    await new Promise((r) => setTimeout(r, LABEL_MS + 100));
    expect(labels()[0].dataset.shown).toBe("false");
    s.peer(7, "Ada", 2);
    await frame();
    expect(labels()[0].dataset.shown).toBe("true");
  }, 10_000);

  it("show a label when its owner types at a line end (their caret's relative position stays the same)", async () => {
    const s = setup();
    const peerDoc = new Y.Doc();
    Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(s.doc));
    s.peer(peerDoc.clientID, "Ada", 5);
    await new Promise((r) => setTimeout(r, LABEL_MS + 100));
    expect(labels()[0].dataset.shown).toBe("false");
    const before = Y.encodeStateVector(s.doc);
    codeText(peerDoc, "python").insert(5, "x");
    Y.applyUpdate(s.doc, Y.encodeStateAsUpdate(peerDoc, before), "provider");
    await frame();
    expect(labels()[0].dataset.shown).toBe("true");
  }, 10_000);

  it("give distinct colours by arrival and share one label for carets at one place", async () => {
    const s = setup();
    s.awareness.setLocalStateField("joinedAt", 1);
    s.peer(5, "Ada", 4, { joinedAt: 3 });
    s.peer(6, "Bo", 4, { joinedAt: 2 });
    await frame();
    expect(labels().map((l) => l.textContent)).toEqual(["Ada, Bo"]);
    const css = caretCss();
    const color = (id: number) => new RegExp(`yRemoteSelectionHead-${id}\\{border-color:(#[0-9a-f]{6})`).exec(css)![1];
    expect(color(5)).not.toBe(color(6));
  });

  it("follow the text as it changes, through a \\r another client sent", async () => {
    const s = setup("ab\r\ncd");
    s.peer(9, "Cy", 5); // after "c" in the Y.Text: model line 2, column 2
    await frame();
    expect(caretsIn(s.model, 9)[0].range.toString()).toBe("[2,2 -> 2,2]");
    s.ytext.insert(0, "X");
    await frame();
    expect(caretsIn(s.model, 9)[0].range.toString()).toBe("[2,2 -> 2,2]");
    type(s.editor, "\n");
    await frame();
    expect(caretsIn(s.model, 9)[0].range.toString()).toBe("[3,2 -> 3,2]");
  });

  it("never decorate inside Monaco's own callbacks", async () => {
    const s = setup();
    const spy = vi.spyOn(console, "warn");
    let inside = 0;
    s.model.onDidChangeContent(() => {
      inside++;
      s.peer(11, "Dee", 1); // an awareness change arriving mid-edit
    });
    type(s.editor, "abc");
    expect(inside).toBe(3);
    await frame();
    expect(spy.mock.calls.flat().join(" ")).not.toContain("deltaDecorations");
    expect(labels()).toHaveLength(1);
  });

  it("skip carets that do not resolve, whatever a peer sent, and never grow the doc", async () => {
    const s = setup();
    const roots = [...s.doc.share.keys()];
    const errors: unknown[] = [];
    const onError = (e: unknown) => void errors.push(e);
    process.on("uncaughtException", onError);
    try {
      const junk = fc.sample(fc.oneof(
        fc.anything(),
        fc.record({ anchor: fc.anything(), head: fc.anything() }),
        fc.record({ anchor: fc.record({ type: fc.anything(), tname: fc.oneof(fc.string(), fc.constant(codeKey("python"))), item: fc.anything(), assoc: fc.anything() }), head: fc.anything() }),
      ), { numRuns: 300, seed: 11 });
      for (const [i, selection] of junk.entries()) {
        s.awareness.states.set(1000 + i, { user: { name: "x" }, [CURSOR_FIELD]: selection });
        s.awareness.emit("change", [{ added: [1000 + i], updated: [], removed: [] }, "remote"]);
      }
      await frame();
    } finally {
      process.off("uncaughtException", onError);
    }
    expect(errors).toEqual([]);
    expect([...s.doc.share.keys()]).toEqual(roots);
  });

  it("leave nothing behind when destroyed", async () => {
    const s = setup();
    s.peer(12, "Eve", 1);
    await frame();
    s.cursors.destroy();
    expect(labels()).toHaveLength(0);
    expect(s.model.getAllDecorations().filter((d) => d.options.className?.includes("yRemoteSelection"))).toHaveLength(0);
  });
});
