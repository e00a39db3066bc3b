/**
 * An SQL problem's run: main.sql is the line `.mode quote` and the candidate's query (the runner's
 * sqlite3 reads the test's dataset from stdin first, in a process of its own), and SQLite's
 * "near line N" counts that first line, so the candidate's line is N - 1.
 */
import type { RunRequest } from "../../contracts/runner";

type SourceFile = RunRequest["files"][number];

const PRELUDE = ".mode quote\n";

export function sqlFiles(code: string): SourceFile[] {
  return [{ name: "main.sql", content: PRELUDE + code }];
}

/** SQLite's messages about main.sql with the lines counted in the candidate's query. */
export function candidateLines(message: string): string {
  return message.replace(/^((?:Parse|Runtime) error near line |Error: near line |line )(\d+)(?=:)/gm, (_, head: string, n: string) => `${head}${Math.max(1, Number(n) - 1)}`);
}
