/** Per-test verdicts for stdin/expected-stdout tests. */
import type { RunRequest, RunStatus, TestVerdict } from "../../../contracts/runner.js";
import { sameSqlOutput } from "../../../contracts/sql-results.js";

/**
 * Outputs match when they differ only in trailing whitespace on lines and trailing blank
 * lines (what every judge forgives: a missing final newline, a space after the last number).
 */
export function sameOutput(actual: string, expected: string): boolean {
  return normalize(actual) === normalize(expected);
}

function normalize(s: string): string {
  return s.replace(/\r\n/g, "\n").split("\n").map((l) => l.trimEnd()).join("\n").trimEnd();
}

export function verdictOf(status: RunStatus, stdout: string, expected: string, compare?: RunRequest["compare"]): TestVerdict {
  switch (status) {
    case "OK":
      if (sameOutput(stdout, expected)) return "AC";
      // SQL result sets: the whole output (not the event's excerpt) compared by the rules.
      return compare?.kind === "sql" && sameSqlOutput(stdout, expected, compare.order) ? "AC" : "WA";
    case "TO":
      return "TLE";
    case "ML":
      return "MLE";
    case "OL":
      return "OLE";
    case "CE":
      return "CE";
    default:
      return "RE"; // RE, SG, XX
  }
}
