/**
 * The runner's one logger: JSON lines in the shape of contracts/log.ts, info and debug on stdout,
 * warn and error on stderr (so a collector, kubectl logs or a terminal can tell them apart).
 * Lines carry ids, codes, counts and durations — never a program's source or output.
 */
import { formatLogLine, LOG_LEVELS, type LogFields, type LogIds, type LogLevel } from "../../contracts/log.js";
import { RUNNER_HEADERS } from "../../contracts/runner.js";

export type Log = (level: LogLevel, msg: string, fields?: LogFields) => void;

/** RUNNER_LOG_LEVEL (debug, info, warn, error; default info): lines below it are dropped (the test suites run at warn). */
function enabled(level: LogLevel): boolean {
  const min = LOG_LEVELS.indexOf(process.env.RUNNER_LOG_LEVEL as LogLevel);
  return LOG_LEVELS.indexOf(level) >= (min < 0 ? LOG_LEVELS.indexOf("info") : min);
}

export const log: Log = (level, msg, fields = {}) => {
  if (!enabled(level)) return;
  const stream = level === "warn" || level === "error" ? process.stderr : process.stdout;
  stream.write(`${formatLogLine(level, msg, fields)}\n`);
};

/** The Room's run id and the Worker's request id from a request's headers (absent ones stay absent). */
export function idsFromHeaders(headers: Record<string, string | string[] | undefined>): LogIds {
  const one = (name: string) => {
    const v = headers[name.toLowerCase()];
    const s = Array.isArray(v) ? v[0] : v;
    // Opaque ids, but bounded and printable: a log line is no place for a client's arbitrary bytes.
    return s && /^[\w.:-]{1,128}$/.test(s) ? s : undefined;
  };
  return { runId: one(RUNNER_HEADERS.runId), requestId: one(RUNNER_HEADERS.requestId) };
}
