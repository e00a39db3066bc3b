/**
 * Everyone else's caret, selection and name in this editor, from awareness (contracts/cursor.ts);
 * greyed while the Room says its owner is reconnecting.
 * Carets and selections are decorations coloured by cursor-styles.ts; names are content widgets
 * filled with `textContent`, on the caret's own line just right of it, no taller than a line, so
 * they never cover another line; they show while their owner types and on hover (cursor-labels.ts).
 * Every update is deferred to the next animation frame: drawing inside a model-change or
 * decoration callback is what threw "Invoking deltaDecorations recursively" on every keystroke,
 * and a frame coalesces a burst of keystrokes into one redraw.
 */
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { CURSOR_FIELD, PRESENCE_FIELD, PRESENCE_RECONNECTING } from "../../../contracts/cursor";
import { cursorColors } from "../room/cursor-colors";
import type { DuetBinding } from "./binding";
import { caretsAt, groupLabels, isShown, LABEL_MS, type Caret, type Label } from "./cursor-labels";
import { cursorCss } from "./cursor-styles";

type Editor = monaco.editor.ICodeEditor;

/** The caret of someone whose connection went quiet (the Room marks them): grey until they are back. */
export const RECONNECTING_COLOR = "#8a8f98";
interface Widget extends monaco.editor.IContentWidget { el: HTMLElement; label: Label }
type Change = { added: number[]; updated: number[]; removed: number[] };

const nextFrame = (fn: () => void): (() => void) => {
  if (typeof requestAnimationFrame === "function") {
    const id = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
};

export class RemoteCursors {
  #decorations: monaco.editor.IEditorDecorationsCollection;
  #style = document.head.appendChild(document.createElement("style"));
  #widgets = new Map<string, Widget>();
  #carets: Caret[] = [];
  #lastMove = new Map<number, number>();
  #lastCursor = new Map<number, string>();
  #hovered = new Set<number>();
  #cancelFrame: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #disposables: monaco.IDisposable[];

  constructor(readonly editor: Editor, readonly binding: DuetBinding, readonly awareness: Awareness) {
    this.#decorations = editor.createDecorationsCollection();
    awareness.on("change", this.#onAwareness);
    binding.ytext.observe(this.#onText);
    this.#disposables = [
      editor.onMouseMove((e) => this.#hover(e.event.browserEvent.clientX, e.event.browserEvent.clientY)),
      editor.onMouseLeave(() => this.#hover(NaN, NaN)),
      editor.onDidChangeConfiguration(this.schedule),
    ];
    this.schedule();
  }

  destroy(): void {
    this.#cancelFrame?.();
    clearTimeout(this.#timer);
    this.awareness.off("change", this.#onAwareness);
    this.binding.ytext.unobserve(this.#onText);
    for (const d of this.#disposables) d.dispose();
    for (const w of this.#widgets.values()) this.editor.removeContentWidget(w);
    this.#widgets.clear();
    this.#decorations.clear();
    this.#style.remove();
  }

  schedule = (): void => {
    this.#cancelFrame ??= nextFrame(() => {
      this.#cancelFrame = null;
      this.#render();
    });
  };

  /**
   * Text moved: redraw. Someone else's insertions also count as their typing: a caret typing at the
   * end of a line keeps the same relative position (it points at the line break), so awareness
   * alone would not show it moving. (Yjs does not say who deleted, so a Backspace shows only when
   * the caret's position changes.)
   */
  #onText = (_event: Y.YTextEvent, tr: Y.Transaction) => {
    if (!tr.local) {
      const now = Date.now();
      // Whoever's clock advanced inserted something (a YTextEvent lists no items, only a delta).
      tr.afterState.forEach((clock, client) => {
        if (clock > (tr.beforeState.get(client) ?? 0)) this.#lastMove.set(client, now);
      });
    }
    this.schedule();
  };

  #onAwareness = ({ added, updated, removed }: Change) => {
    const now = Date.now();
    for (const id of [...added, ...updated]) {
      const cursor = JSON.stringify((this.awareness.getStates().get(id) as Record<string, unknown> | undefined)?.[CURSOR_FIELD] ?? null);
      if (cursor !== this.#lastCursor.get(id)) this.#lastMove.set(id, now);
      this.#lastCursor.set(id, cursor);
    }
    for (const id of removed) {
      this.#lastMove.delete(id);
      this.#lastCursor.delete(id);
    }
    this.schedule();
  };

  /** Where the pointer is (viewport coordinates); NaN when it left the editor. */
  #hover(clientX: number, clientY: number): void {
    const host = this.editor.getDomNode()?.getBoundingClientRect();
    const boxes = this.#carets.flatMap((c) => {
      const at = this.editor.getScrolledVisiblePosition({ lineNumber: c.line, column: c.column });
      return at ? [{ clientId: c.clientId, ...at }] : [];
    });
    const near = host ? caretsAt(boxes, clientX - host.left, clientY - host.top) : new Set<number>();
    if ([...near].join() === [...this.#hovered].join()) return;
    this.#hovered = near;
    this.schedule();
  }

  /** A peer's caret as a model range, or null when it is not in this buffer (or not resolvable yet). */
  #resolve(state: Record<string, unknown>): { anchor: monaco.Position; head: monaco.Position } | null {
    const sel = state[CURSOR_FIELD] as { anchor?: unknown; head?: unknown } | null | undefined;
    if (!sel?.anchor || !sel.head) return null;
    const { doc, ytext, model } = this.binding;
    try {
      const abs = (p: unknown) => {
        // Resolving a root-type name this doc lacks would create that type here.
        const tname = (p as { tname?: unknown }).tname;
        if (tname != null && (typeof tname !== "string" || !doc.share.has(tname))) return null;
        return Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(p), doc);
      };
      const a = abs(sel.anchor);
      const h = abs(sel.head);
      if (!a || !h || a.type !== ytext || h.type !== ytext) return null;
      return { anchor: model.getPositionAt(this.binding.toModel(a.index)), head: model.getPositionAt(this.binding.toModel(h.index)) };
    } catch {
      return null; // the awareness guard cleans carets; this is the last line
    }
  }

  #render(): void {
    if (this.editor.getModel() !== this.binding.model) return;
    const colors = cursorColors(this.awareness);
    const decorations: monaco.editor.IModelDeltaDecoration[] = [];
    const carets: Caret[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      if (clientId === this.awareness.clientID) return;
      const at = this.#resolve(state as Record<string, unknown>);
      if (!at) return;
      const forward = monaco.Position.isBefore(at.anchor, at.head);
      const [start, end] = forward ? [at.anchor, at.head] : [at.head, at.anchor];
      const head = `yRemoteSelectionHead yRemoteSelectionHead-${clientId}`;
      decorations.push({
        range: monaco.Range.fromPositions(start, end),
        options: { className: `yRemoteSelection yRemoteSelection-${clientId}`, afterContentClassName: forward ? head : null, beforeContentClassName: forward ? null : head },
      });
      const name = (state as { user?: { name?: unknown } }).user?.name;
      const color = (state as Record<string, unknown>)[PRESENCE_FIELD] === PRESENCE_RECONNECTING ? RECONNECTING_COLOR : colors.get(clientId)!;
      carets.push({ clientId, name: typeof name === "string" ? name : "", color, line: at.head.lineNumber, column: at.head.column });
    });
    this.#carets = carets;
    this.#decorations.set(decorations);
    this.#style.textContent = cursorCss(carets);
    this.#renderLabels(groupLabels(carets.filter((c) => c.name)));
  }

  #renderLabels(labels: Label[]): void {
    const now = Date.now();
    const lineHeight = `${this.editor.getOption(monaco.editor.EditorOption.lineHeight)}px`;
    const keep = new Set(labels.map((l) => l.key));
    for (const [key, w] of this.#widgets) if (!keep.has(key)) (this.editor.removeContentWidget(w), this.#widgets.delete(key));
    let nextExpiry = Infinity;
    for (const label of labels) {
      let w = this.#widgets.get(label.key);
      const isNew = !w;
      w ??= this.#widget(label);
      w.label = label;
      if (w.el.textContent !== label.text) w.el.textContent = label.text;
      w.el.style.background = label.color;
      w.el.dataset.clients = label.clientIds.join(" ");
      w.el.style.height = w.el.style.lineHeight = lineHeight;
      const shown = isShown(label, now, this.#lastMove, this.#hovered);
      w.el.dataset.shown = String(shown);
      if (isNew) this.editor.addContentWidget(w);
      else this.editor.layoutContentWidget(w);
      for (const id of label.clientIds) {
        const until = (this.#lastMove.get(id) ?? -Infinity) + LABEL_MS;
        if (until > now) nextExpiry = Math.min(nextExpiry, until);
      }
    }
    clearTimeout(this.#timer);
    if (nextExpiry < Infinity) this.#timer = setTimeout(this.schedule, nextExpiry - now + 10);
  }

  #widget(label: Label): Widget {
    const el = document.createElement("div");
    el.className = "duet-cursor-label";
    el.setAttribute("aria-hidden", "true"); // the participants list names everyone for screen readers
    const w: Widget = {
      el,
      label,
      getId: () => `duet.cursor.${label.key}`,
      getDomNode: () => el,
      getPosition: () => ({ position: { lineNumber: w.label.line, column: w.label.column }, preference: [monaco.editor.ContentWidgetPositionPreference.EXACT] }),
    };
    this.#widgets.set(label.key, w);
    return w;
  }
}
