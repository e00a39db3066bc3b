/**
 * A problem folder in the repository's format (problems/README.md: problem.json, statement.md,
 * tests.json, solution.* / Solution.java) read into a draft of one's own problem. Pure, so it is
 * tested without a browser; the page reads the files the folder picker gives and fills the form
 * with the draft, which the interviewer reviews and saves (the server checks it like any other).
 *
 * What a folder may hold that an own problem does not: generate.mjs is code, never run here (its
 * tests belong in tests.json); wrong/ and naive/ are the library's proofs, a guard its CI's. Those
 * are left out and listed, so nothing is dropped silently.
 */
import { JUDGED_DECLARATIONS, type JudgedLanguageId } from "../../../contracts/languages";
import { OWN_PROBLEM_LIMITS, OwnProblemDraftSchema, type OwnProblemDraft } from "../../../contracts/own-problems";
import { TOPICS } from "../../../contracts/problems";

export interface FolderFile {
  /** As the folder picker gives it: `two-sum/problem.json`, `two-sum/wrong/greedy.py`. */
  path: string;
  text: string;
}

export type ImportFailure =
  | { reason: "no_problem_json" }
  | { reason: "no_statement" }
  | { reason: "not_json"; file: string }
  | { reason: "too_many_tests"; count: number; max: number }
  /** Its hidden tests come from generate.mjs only, which is code and not run on import. */
  | { reason: "generated_tests_only" }
  | { reason: "invalid"; file: string; detail: string };

export class FolderImportError extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.reason);
  }
}

export interface ImportedFolder {
  draft: OwnProblemDraft;
  /** Files and fields of the folder left out, as paths within it (`generate.mjs`, `wrong/`, `guard`). */
  skipped: string[];
}

const REFERENCE_FILE_LANGUAGE = new Map<string, JudgedLanguageId>(JUDGED_DECLARATIONS.map((l) => [l.judge.referenceFile, l.id]));
/** What the library's folders hold for its own checks: known, so listed once as a folder. */
const LIBRARY_ONLY = ["generate.mjs", "wrong/", "naive/", "proven.sha256"];
const PROBLEM_FIELDS = ["title", "difficulty", "tags", "signature", "examples", "constraints", "timeLimitMs", "expectedMinutes", "hints", "followUps", "strongAnswer"] as const;

export function draftFromFolder(files: readonly FolderFile[]): ImportedFolder {
  const problemFile = files.filter((f) => baseName(f.path) === "problem.json").sort((a, b) => depth(a.path) - depth(b.path))[0];
  if (!problemFile) throw new FolderImportError({ reason: "no_problem_json" });
  const root = problemFile.path.slice(0, problemFile.path.length - "problem.json".length);
  const own = new Map(files.filter((f) => f.path.startsWith(root)).map((f) => [f.path.slice(root.length), f.text]));

  const problem = json(own.get("problem.json")!, "problem.json") as Record<string, unknown>;
  const statement = own.get("statement.md");
  if (statement === undefined) throw new FolderImportError({ reason: "no_statement" });
  const tests = own.has("tests.json") ? json(own.get("tests.json")!, "tests.json") : [];
  if (!own.has("tests.json") && own.has("generate.mjs")) throw new FolderImportError({ reason: "generated_tests_only" });
  if (Array.isArray(tests) && tests.length > OWN_PROBLEM_LIMITS.hiddenTests) {
    throw new FolderImportError({ reason: "too_many_tests", count: tests.length, max: OWN_PROBLEM_LIMITS.hiddenTests });
  }

  const references: Partial<Record<JudgedLanguageId, string>> = {};
  const skipped = new Set<string>();
  for (const [name, text] of own) {
    const language = REFERENCE_FILE_LANGUAGE.get(name);
    if (language) references[language] = text;
    else if (!["problem.json", "statement.md", "tests.json"].includes(name)) skipped.add(LIBRARY_ONLY.find((l) => name === l || name.startsWith(l)) ?? name);
  }
  for (const key of Object.keys(problem)) if (!(PROBLEM_FIELDS as readonly string[]).includes(key) && key !== "order" && key !== "noGuard") skipped.add(key);

  const picked = Object.fromEntries(PROBLEM_FIELDS.filter((k) => k in problem).map((k) => [k, problem[k]]));
  const tags = Array.isArray(picked.tags) ? picked.tags.filter((t): t is string => (TOPICS as readonly string[]).includes(t as string)).slice(0, 8) : picked.tags;
  const parsed = OwnProblemDraftSchema.safeParse({ ...picked, tags, statement, hiddenTests: tests, references });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? "");
    const file = field === "statement" ? "statement.md" : field === "hiddenTests" ? "tests.json" : field === "references" ? "solution.*" : "problem.json";
    throw new FolderImportError({ reason: "invalid", file, detail: `${issue.path.join(".") || "(root)"}: ${issue.message}` });
  }
  return { draft: parsed.data, skipped: [...skipped].sort() };
}

function json(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FolderImportError({ reason: "not_json", file });
  }
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const depth = (path: string) => path.split("/").length;
