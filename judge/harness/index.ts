/** The eight harnesses, by runner language id. */
import type { LanguageId } from "../../contracts/languages";
import type { Signature } from "../../contracts/problems";
import { c } from "./c";
import type { Harness, SourceFile } from "./common";
import { cpp } from "./cpp";
import { go } from "./go";
import { java } from "./java";
import { javascript, typescript } from "./javascript";
import { python } from "./python";
import { rust } from "./rust";

export const HARNESSES: Readonly<Record<LanguageId, Harness>> = { javascript, typescript, python, java, cpp, go, c, rust };

/** Starter code for every language, generated from the signature. */
export function starterCode(sig: Signature): Record<LanguageId, string> {
  return Object.fromEntries(Object.entries(HARNESSES).map(([id, h]) => [id, h.starter(sig)])) as Record<LanguageId, string>;
}

/** The files the runner compiles: the candidate's code wrapped by the language's harness, the entry file first. */
export function harnessFiles(sig: Signature, language: LanguageId, code: string): SourceFile[] {
  return HARNESSES[language].files(sig, code);
}
