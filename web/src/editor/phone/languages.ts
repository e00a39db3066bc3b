/**
 * Syntax for the runner's languages in the touch editor, each loaded when first needed (a chunk of
 * its own), so a Python interview never downloads the Java grammar. Which grammar a language uses
 * is the manifest's `codemirror`; unknown ids get plain text.
 */
import type { Extension } from "@codemirror/state";
import { LANGUAGES_BY_ID, type CodeMirrorGrammar, type Language } from "../../../../contracts/languages";

const loaders: Record<CodeMirrorGrammar, () => Promise<Extension>> = {
  python: () => import("@codemirror/lang-python").then((m) => m.python()),
  javascript: () => import("@codemirror/lang-javascript").then((m) => m.javascript()),
  typescript: () => import("@codemirror/lang-javascript").then((m) => m.javascript({ typescript: true })),
  java: () => import("@codemirror/lang-java").then((m) => m.java()),
  cpp: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  go: () => import("@codemirror/lang-go").then((m) => m.go()),
  rust: () => import("@codemirror/lang-rust").then((m) => m.rust()),
};

const grammarOf = (id: string): CodeMirrorGrammar | undefined => (LANGUAGES_BY_ID as Partial<Record<string, Language>>)[id]?.codemirror;

export const hasLanguage = (id: string): boolean => grammarOf(id) !== undefined;

export function loadLanguage(id: string): Promise<Extension> {
  const grammar = grammarOf(id);
  return grammar ? loaders[grammar]() : Promise.resolve([]);
}
