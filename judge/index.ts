/**
 * The judge: pure TypeScript the Worker and the Room import (no node imports anywhere here).
 *
 *   buildRunRequest(problem, language, code, cases)    → RunRequest for the runner's tests mode
 *   new Judgement(problem, cases, "run" | "submit")    → push(event) per runner event, then result()
 *   new SignedJudgement(…, {language, code})          → the same, a signature mismatch explained (signature.ts)
 *   signaturesOf(signature)                            → the function as each language writes it
 *   customInput(problem, argsOrText)                   → a custom case's stdin (validated)
 *   buildReferenceRunRequest(problem, inputs)           + ReferenceOutputs → custom cases' expected output
 *   starterCode(signature)                             → per-language starter code
 *   compileProblem(sources)                            → a checked problem, as the seed stores it
 */
export { sameWithinTolerance } from "./compare";
export { HARNESSES, harnessFiles, starterCode } from "./harness/index";
export { Judgement, ReferenceOutputs, type JudgeMode } from "./judgement";
export { limitsFor } from "./limits";
export { MISMATCH_MARKER, SignedJudgement, signatureOf, signaturesOf } from "./signature";
export type { JudgeCase, JudgeProblem, ReferenceProblem } from "./problem";
export { compileProblem, ProblemError, REFERENCE_FILES, type ProblemRecord, type ProblemSources } from "./problem-spec";
export { JudgeInputError, buildReferenceRunRequest, buildRunRequest, customInput } from "./run-request";
export { checkArgs, checkValue, displayInput, encodeInput, encodeResult } from "./values";
