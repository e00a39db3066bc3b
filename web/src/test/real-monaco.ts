/**
 * A real Monaco editor and model in happy-dom, for tests of what Monaco does (EOL normalisation,
 * typing, the undo command) rather than of a stand-in. happy-dom has no canvas; Monaco only
 * measures and paints through it, so a 2D context that does nothing is enough.
 */
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";

const noop2d = new Proxy({}, { get: (_t, key) => (key === "measureText" ? (s: string) => ({ width: s.length * 8 }) : () => {}) });
(HTMLCanvasElement.prototype as unknown as { getContext(): unknown }).getContext = () => noop2d;

export { monaco };

export function createEditor(value = ""): { editor: monaco.editor.IStandaloneCodeEditor; model: monaco.editor.ITextModel; dispose(): void } {
  const host = document.body.appendChild(document.createElement("div"));
  const model = monaco.editor.createModel(value, "plaintext");
  const editor = monaco.editor.create(host, { model, automaticLayout: false, minimap: { enabled: false } });
  return { editor, model, dispose: () => (editor.dispose(), model.dispose(), host.remove()) };
}

/** Keys as Monaco's keybindings deliver them. */
export const type = (editor: monaco.editor.ICodeEditor, text: string) => {
  for (const ch of text) editor.trigger("keyboard", "type", { text: ch });
};
export const undo = (editor: monaco.editor.ICodeEditor) => editor.trigger("keyboard", "undo", null);
export const redo = (editor: monaco.editor.ICodeEditor) => editor.trigger("keyboard", "redo", null);
/** Ctrl+End: an explicit caret move, as a click or an arrow key. */
export const ctrlEnd = (editor: monaco.editor.ICodeEditor) => editor.trigger("keyboard", "cursorBottom", null);
