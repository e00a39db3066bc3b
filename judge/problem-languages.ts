/**
 * What a problem gives each language it is judged in (contracts/problems.ts problemLanguages): a
 * function or design problem every judged language's harness, starter and declaration; an SQL
 * problem SQL's alone (judge/sql/). Everything that builds a problem's per-language parts asks here.
 */
import { isJudged } from "../contracts/languages";
import { isSql, type LanguageSignature, type ProblemLanguageId, type Signature } from "../contracts/problems";
import type { SourceFile } from "./harness/common";
import { harnessFiles, starterCode } from "./harness/index";
import { signaturesOf } from "./signature";
import { schemaSql } from "./sql/dataset";
import { sqlFiles } from "./sql/run";

/** A problem's starter code by language. */
export function startersOf(sig: Signature): Partial<Record<ProblemLanguageId, string>> {
  if (!isSql(sig)) return starterCode(sig);
  // A valid query (the prover runs it on the examples: WA, not an error) over the first table.
  return { sql: `-- Write your query (SQLite 3.40). The tables are in the statement.\nSELECT *\nFROM ${sig.tables[0].name};\n` };
}

/** What the candidate writes, as each language declares it: an SQL problem's is its tables' schema. */
export function signaturesFor(sig: Signature): Partial<Record<ProblemLanguageId, LanguageSignature>> {
  if (!isSql(sig)) return signaturesOf(sig);
  return { sql: { container: null, declaration: schemaSql(sig).trimEnd() } };
}

export class LanguageMismatchError extends Error {}

/** The files the runner gets for `code` in `language`; a language the problem is not judged in throws. */
export function runFiles(sig: Signature, language: ProblemLanguageId, code: string): SourceFile[] {
  if (isSql(sig)) {
    if (language !== "sql") throw new LanguageMismatchError("an SQL problem is judged in SQL only");
    return sqlFiles(code);
  }
  if (!isJudged(language)) throw new LanguageMismatchError(`this problem is not judged in ${language}`);
  return harnessFiles(sig, language, code);
}
