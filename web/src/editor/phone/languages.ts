/**
 * Syntax for the runner's languages in the touch editor, each loaded when first needed (a chunk of
 * its own), so a Python interview never downloads the Java grammar. Unknown ids get plain text.
 */
import type { Extension } from "@codemirror/state";

const loaders: Record<string, () => Promise<Extension>> = {
  python: () => import("@codemirror/lang-python").then((m) => m.python()),
  javascript: () => import("@codemirror/lang-javascript").then((m) => m.javascript()),
  typescript: () => import("@codemirror/lang-javascript").then((m) => m.javascript({ typescript: true })),
  java: () => import("@codemirror/lang-java").then((m) => m.java()),
  c: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  cpp: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  go: () => import("@codemirror/lang-go").then((m) => m.go()),
  rust: () => import("@codemirror/lang-rust").then((m) => m.rust()),
};

export const hasLanguage = (id: string): boolean => id in loaders;

export function loadLanguage(id: string): Promise<Extension> {
  return loaders[id]?.() ?? Promise.resolve([]);
}
