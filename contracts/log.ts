/**
 * One log line's shape, shared by the Worker, the Room and the runner: a JSON object on one line,
 * so that `wrangler tail`, Workers Logs, kubectl logs and any collector can filter by its ids.
 *
 *   {"ts":"2026-12-02T06:00:00.000Z","level":"error","msg":"run_failed","roomId":"…","runId":"…",…}
 *
 * `msg` is a stable snake_case event name, not a sentence; details go in their own fields.
 * No personal data: ids, codes, counts and durations — never names, emails, code or output.
 */
export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The ids a line carries when it has them. */
export interface LogIds {
  requestId?: string;
  roomId?: string;
  runId?: string;
}

export type LogFields = LogIds & Record<string, unknown>;

/** The line itself (no trailing newline). Errors become their message; ts and level come first. */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, now = new Date()): string {
  const line: Record<string, unknown> = { ts: now.toISOString(), level, msg };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || key === "ts" || key === "level" || key === "msg") continue;
    line[key] = value instanceof Error ? value.message : value;
  }
  return JSON.stringify(line);
}

/**
 * Writes one line from the Worker or the Room (both may import contracts/, neither the other):
 * errors and warnings through console.error/warn, the rest console.log — in production Workers
 * Logs keeps the level, under `wrangler dev` they come out on its stderr and stdout.
 */
export function log(level: LogLevel, msg: string, fields?: LogFields): void {
  const line = formatLogLine(level, msg, fields);
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}
