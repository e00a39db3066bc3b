/**
 * Everyone else's caret, selection and name in CodeMirror, from the contract's awareness field
 * (carets.ts), looking as they do in Monaco (remote-cursors.ts): the same class names and colours,
 * names as DOM text (`textContent`) on the caret's own line, no taller than it, shown while their owner
 * types or moves and on hover or tap (cursor-labels.ts), hidden otherwise, so they never hide code.
 *
 * They are drawn in CodeMirror layers — absolutely placed boxes beside the text — not as widgets in
 * it: nothing is inserted into the editable content, which a phone keyboard's composition would trip
 * over. Redraws are requested for the next frame, never dispatched from inside a Yjs or awareness
 * event, and one frame coalesces a burst of keystrokes.
 */
import { EditorSelection, StateEffect, type Extension } from "@codemirror/state";
import { type EditorView, layer, RectangleMarker, ViewPlugin, type LayerMarker, type ViewUpdate } from "@codemirror/view";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { CURSOR_FIELD } from "../../../../contracts/cursor";
import { caretsAt, groupLabels, isShown, LABEL_MS, type Caret } from "../cursor-labels";
import { remoteCarets } from "./carets";

const refresh = StateEffect.define<null>();

/** Below this many pixels right of a caret, its label goes to the caret's left instead. */
const FLIP_BELOW_PX = 96;

/** One absolutely placed box in a layer; redrawn in place when only its numbers or text changed. */
class Mark implements LayerMarker {
  readonly sig: string;
  constructor(
    readonly className: string,
    readonly rect: { left: number; top: number; width: number | null; height: number },
    readonly style: Record<string, string> = {},
    readonly data: Record<string, string> = {},
    readonly text: string | null = null,
  ) {
    this.sig = JSON.stringify([className, rect, style, data, text]);
  }
  eq(other: LayerMarker): boolean {
    return other instanceof Mark && other.sig === this.sig;
  }
  draw(): HTMLElement {
    const el = document.createElement("div");
    this.update(el, null);
    return el;
  }
  update(el: HTMLElement, prev: LayerMarker | null): boolean {
    if (prev && !(prev instanceof Mark && prev.className === this.className)) return false;
    el.className = this.className;
    const { left, top, width, height } = this.rect;
    Object.assign(el.style, { left: `${left}px`, top: `${top}px`, height: `${height}px`, width: width === null ? "" : `${width}px`, ...this.style });
    for (const [k, v] of Object.entries(this.data)) el.dataset[k] = v;
    if (this.text !== null && el.textContent !== this.text) el.textContent = this.text;
    return true;
  }
}

/** Where the layer's (0, 0) is on screen, as CodeMirror's own layers compute it. */
function base(view: EditorView) {
  const rect = view.scrollDOM.getBoundingClientRect();
  return { left: rect.left - view.scrollDOM.scrollLeft * view.scaleX, top: rect.top - view.scrollDOM.scrollTop * view.scaleY };
}

export function remoteCaretLayer(ytext: Y.Text, awareness: Awareness): Extension {
  const lastMove = new Map<number, number>();
  const lastCursor = new Map<number, string>();
  let hovered = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let schedule: () => void = () => {};

  const carets = (view: EditorView) => remoteCarets(awareness, ytext, view.state.doc.length);

  const selections = (view: EditorView): Mark[] =>
    carets(view).filter((c) => c.anchor !== c.head).flatMap((c) =>
      RectangleMarker.forRange(view, "", EditorSelection.range(c.anchor, c.head)).map((r) =>
        new Mark(`yRemoteSelection yRemoteSelection-${c.clientId}`, r, { background: `${c.color}33` })));

  const heads = (view: EditorView): Mark[] => {
    const at = base(view);
    const right = view.contentDOM.getBoundingClientRect().right;
    const drawn: (Caret & { left: number; top: number; height: number; screenLeft: number })[] = [];
    for (const c of carets(view)) {
      const box = view.coordsAtPos(c.head, -1) ?? view.coordsAtPos(c.head, 1);
      if (!box) continue; // outside what is rendered
      const line = view.state.doc.lineAt(c.head);
      drawn.push({ ...c, line: line.number, column: c.head - line.from + 1, left: box.left - at.left, top: box.top - at.top, height: box.bottom - box.top, screenLeft: box.left });
    }
    const marks = drawn.map((c) =>
      new Mark(`yRemoteSelectionHead yRemoteSelectionHead-${c.clientId}`, { left: c.left - 1, top: c.top, width: null, height: c.height }, { borderColor: c.color }, { client: String(c.clientId) }));
    const now = Date.now();
    let nextExpiry = Infinity;
    for (const label of groupLabels(drawn.filter((c) => c.name))) {
      const c = drawn.find((d) => d.clientId === label.clientIds[0])!;
      const room = right - c.screenLeft;
      const flip = room < FLIP_BELOW_PX;
      marks.push(new Mark(
        `duet-cursor-label${flip ? " duet-cursor-label-flip" : ""}`,
        { left: c.left, top: c.top, width: null, height: c.height },
        { background: label.color, lineHeight: `${c.height}px`, maxWidth: `${Math.max(FLIP_BELOW_PX, flip ? c.screenLeft - view.contentDOM.getBoundingClientRect().left : room) - 6}px` },
        { clients: label.clientIds.join(" "), shown: String(isShown(label, now, lastMove, hovered)) },
        label.text,
      ));
      for (const id of label.clientIds) {
        const until = (lastMove.get(id) ?? -Infinity) + LABEL_MS;
        if (until > now) nextExpiry = Math.min(nextExpiry, until);
      }
    }
    clearTimeout(timer);
    if (nextExpiry < Infinity) timer = setTimeout(() => schedule(), nextExpiry - now + 10);
    return marks;
  };

  const redraw = (u: ViewUpdate) => u.docChanged || u.viewportChanged || u.transactions.some((tr) => tr.effects.some((e) => e.is(refresh)));

  const watcher = ViewPlugin.define((view) => {
    let frame: number | null = null;
    schedule = () => {
      frame ??= requestAnimationFrame(() => {
        frame = null;
        view.dispatch({ effects: refresh.of(null) });
      });
    };
    const onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const now = Date.now();
      for (const id of [...added, ...updated]) {
        const cursor = JSON.stringify((awareness.getStates().get(id) as Record<string, unknown> | undefined)?.[CURSOR_FIELD] ?? null);
        if (cursor !== lastCursor.get(id)) lastMove.set(id, now);
        lastCursor.set(id, cursor);
      }
      for (const id of removed) (lastMove.delete(id), lastCursor.delete(id));
      if ([...added, ...updated, ...removed].some((id) => id !== awareness.clientID)) schedule();
    };
    // Someone's insertions count as their typing: a caret typing at a line end keeps its relative position.
    const onText = (_e: Y.YTextEvent, tr: Y.Transaction) => {
      if (tr.local) return;
      const now = Date.now();
      tr.afterState.forEach((clock, client) => {
        if (clock > (tr.beforeState.get(client) ?? 0)) lastMove.set(client, now);
      });
      schedule();
    };
    awareness.on("change", onAwareness);
    ytext.observe(onText);
    return {
      destroy() {
        if (frame !== null) cancelAnimationFrame(frame);
        clearTimeout(timer);
        awareness.off("change", onAwareness);
        ytext.unobserve(onText);
      },
    };
  }, {
    eventHandlers: {
      /** Carets under the pointer (a tap sends one too) show their names. */
      mousemove(e, view) {
        const host = view.dom.getBoundingClientRect();
        const boxes = [...view.dom.querySelectorAll<HTMLElement>(".cm-duet-carets .yRemoteSelectionHead")].map((el) => {
          const r = el.getBoundingClientRect();
          return { clientId: Number(el.dataset.client), left: r.left - host.left, top: r.top - host.top, height: r.height };
        });
        const near = caretsAt(boxes, e.clientX - host.left, e.clientY - host.top);
        if ([...near].join() === [...hovered].join()) return;
        hovered = near;
        schedule();
      },
      mouseleave() {
        if (hovered.size === 0) return;
        hovered = new Set();
        schedule();
      },
    },
  });

  return [
    watcher,
    layer({ above: false, class: "cm-duet-selections", update: redraw, markers: selections }),
    layer({ above: true, class: "cm-duet-carets", update: redraw, markers: heads }),
  ];
}
