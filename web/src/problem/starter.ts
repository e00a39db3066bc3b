/**
 * The starter code for a language: the problem's stub when a problem is on the table, else the
 * language's template — what the Room seeds, so "untouched" means equal to one of them. LF only,
 * like everything in the shared buffer.
 */
import { isJudged, type LanguageId } from "../../../contracts/languages";
import { toLf } from "../editor/lf";
import type { Problem } from "../lib/api";

export function starterFor(language: { id: LanguageId; template: string }, problem: Problem | null): string {
  // A run-only language has no starter: a problem's stub is in the judged languages only.
  return toLf((problem && isJudged(language.id) ? problem.starter[language.id] : undefined) ?? language.template);
}

/** Whether the code is nothing the candidate wrote: empty, the template, or the problem's starter. */
export function untouched(code: string, language: { id: LanguageId; template: string }, problem: Problem | null): boolean {
  return code.trim() === "" || code === toLf(language.template) || code === starterFor(language, problem);
}
