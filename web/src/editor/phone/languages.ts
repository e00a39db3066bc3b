/**
 * Syntax for the runner's languages in the touch editor, each loaded when first needed (a chunk of
 * its own), so a Python interview never downloads the Java grammar. Which grammar a language uses
 * is the manifest's `codemirror`; unknown ids get plain text.
 */
import type { StreamParser } from "@codemirror/language";
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
  php: () => import("@codemirror/lang-php").then((m) => m.php({ plain: true })),
  csharp: () => legacy(import("@codemirror/legacy-modes/mode/clike").then((m) => m.csharp)),
  kotlin: () => legacy(import("@codemirror/legacy-modes/mode/clike").then((m) => m.kotlin)),
  ruby: () => legacy(import("@codemirror/legacy-modes/mode/ruby").then((m) => m.ruby)),
  perl: () => legacy(import("@codemirror/legacy-modes/mode/perl").then((m) => m.perl)),
  lua: () => legacy(import("@codemirror/legacy-modes/mode/lua").then((m) => m.lua)),
  shell: () => legacy(import("@codemirror/legacy-modes/mode/shell").then((m) => m.shell)),
  haskell: () => legacy(import("@codemirror/legacy-modes/mode/haskell").then((m) => m.haskell)),
  sql: () => legacy(import("@codemirror/legacy-modes/mode/sql").then((m) => m.sqlite)),
};

/** A legacy (CodeMirror 5) mode as a CodeMirror 6 language, through @codemirror/language's StreamLanguage. */
async function legacy(mode: Promise<StreamParser<unknown>>): Promise<Extension> {
  const [{ StreamLanguage }, parser] = await Promise.all([import("@codemirror/language"), mode]);
  return StreamLanguage.define(parser);
}

const grammarOf = (id: string): CodeMirrorGrammar | undefined => (LANGUAGES_BY_ID as Partial<Record<string, Language>>)[id]?.codemirror ?? undefined;

export const hasLanguage = (id: string): boolean => grammarOf(id) !== undefined;

export function loadLanguage(id: string): Promise<Extension> {
  const grammar = grammarOf(id);
  return grammar ? loaders[grammar]() : Promise.resolve([]);
}
