/** The nine harnesses, by runner language id: one for function problems, one for design problems. */
import type { JudgedLanguageId } from "../../contracts/languages";
import { isDesign, type CodeSignature, type LanguageSignature } from "../../contracts/problems";
import { c } from "./c";
import type { DesignHarness, Harness, SourceFile } from "./common";
import { cpp } from "./cpp";
import { csharp } from "./csharp";
import { cDesign } from "./design/c";
import { cppDesign } from "./design/cpp";
import { csharpDesign } from "./design/csharp";
import { goDesign } from "./design/go";
import { javaDesign } from "./design/java";
import { javascriptDesign, typescriptDesign } from "./design/javascript";
import { pythonDesign } from "./design/python";
import { rustDesign } from "./design/rust";
import { go } from "./go";
import { java } from "./java";
import { javascript, typescript } from "./javascript";
import { python } from "./python";
import { rust } from "./rust";

export const HARNESSES: Readonly<Record<JudgedLanguageId, Harness>> = { javascript, typescript, python, java, cpp, go, c, rust, csharp };

export const DESIGN_HARNESSES: Readonly<Record<JudgedLanguageId, DesignHarness>> = {
  javascript: javascriptDesign, typescript: typescriptDesign, python: pythonDesign, java: javaDesign,
  cpp: cppDesign, go: goDesign, c: cDesign, rust: rustDesign, csharp: csharpDesign,
};

/** What the candidate writes, as `language` declares it (what the statement shows). */
export function languageSignature(sig: CodeSignature, language: JudgedLanguageId): LanguageSignature {
  return isDesign(sig) ? DESIGN_HARNESSES[language].signature(sig) : HARNESSES[language].signature(sig);
}

/** Starter code for every language, generated from the signature. */
export function starterCode(sig: CodeSignature): Record<JudgedLanguageId, string> {
  const starter = (id: JudgedLanguageId) => (isDesign(sig) ? DESIGN_HARNESSES[id].starter(sig) : HARNESSES[id].starter(sig));
  return Object.fromEntries(Object.keys(HARNESSES).map((id) => [id, starter(id as JudgedLanguageId)])) as Record<JudgedLanguageId, string>;
}

/** The files the runner compiles: the candidate's code wrapped by the language's harness, the entry file first. */
export function harnessFiles(sig: CodeSignature, language: JudgedLanguageId, code: string): SourceFile[] {
  return isDesign(sig) ? DESIGN_HARNESSES[language].files(sig, code) : HARNESSES[language].files(sig, code);
}
