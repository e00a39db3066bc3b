/**
 * Monaco from node_modules (no CDN): the core editor, its standard contributions, syntax for the
 * runner's eight languages, and the editor worker through Vite's `?worker`. Imported lazily, so
 * none of this ships before the editor is on screen.
 */
import { loader } from "@monaco-editor/react";
import "monaco-editor/esm/vs/editor/editor.all.js";
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import "monaco-editor/esm/vs/basic-languages/cpp/cpp.contribution.js";
import "monaco-editor/esm/vs/basic-languages/go/go.contribution.js";
import "monaco-editor/esm/vs/basic-languages/java/java.contribution.js";
import "monaco-editor/esm/vs/basic-languages/javascript/javascript.contribution.js";
import "monaco-editor/esm/vs/basic-languages/python/python.contribution.js";
import "monaco-editor/esm/vs/basic-languages/rust/rust.contribution.js";
import "monaco-editor/esm/vs/basic-languages/typescript/typescript.contribution.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.editor.defineTheme("duet-light", {
  base: "vs",
  inherit: true,
  rules: [],
  // Line numbers at 4.5:1; the current line framed, not tinted (a tint took vs's number and type colours under 4.5:1).
  colors: { "editor.background": "#ffffff", "editorLineNumber.foreground": "#6e7683", "editor.lineHighlightBackground": "#ffffff", "editor.lineHighlightBorder": "#e2e5ec" },
});
monaco.editor.defineTheme("duet-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [],
  colors: { "editor.background": "#16181d", "editorLineNumber.foreground": "#858b98", "editor.lineHighlightBackground": "#1d2027" },
});

// Code buffers are LF-only: every model starts so, whoever creates it (binding.ts keeps it so).
monaco.editor.onDidCreateModel((model) => model.setEOL(monaco.editor.EndOfLineSequence.LF));

loader.config({ monaco });

export { monaco };
