/**
 * Full run records in the Room's SQLite: every run ever started in the room, with all of its
 * output (the runner caps a run at 1 MiB), kept after it leaves the state doc's short history.
 *
 *   runs(id, language, user_id, user_name, status, created_at, finished_at, exit, error, mode)
 *   run_output(run_id, seq, stream, data, hidden)        (tables: schema.ts)
 */
import type { RunExit, RunMode, RunState } from "../../../contracts/room-state";

export interface StoredRun {
  id: string;
  mode: RunMode;
  language: string;
  userId: string;
  userName: string;
  status: RunState;
  createdAt: number;
  finishedAt: number | null;
  exit: RunExit | null;
  error: string | null;
}

export class RunStore {
  readonly #sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.#sql = sql;
  }

  /** `review`: a time-travel run, kept apart from the interview's runs. */
  insert(r: { id: string; mode: RunMode; language: string; userId: string; userName: string; createdAt: number; review?: boolean }): void {
    this.#sql.exec(
      "INSERT INTO runs (id, mode, language, user_id, user_name, status, created_at, review) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)",
      r.id, r.mode, r.language, r.userId, r.userName, r.createdAt, r.review ? 1 : 0,
    );
  }

  /** Review runs (time travel), oldest first, with their output: listed apart in exports. */
  reviewRuns(): NonNullable<ReturnType<RunStore["get"]>>[] {
    return this.#sql
      .exec<{ id: string }>("SELECT id FROM runs WHERE review = 1 ORDER BY created_at, id")
      .toArray()
      .map((r) => this.get(r.id, { withHidden: true })!)
      .filter(Boolean);
  }

  isReview(id: string): boolean {
    return (this.#sql.exec<{ review: number }>("SELECT review FROM runs WHERE id = ?", id).toArray()[0]?.review ?? 0) === 1;
  }

  setStatus(id: string, status: RunState): void {
    this.#sql.exec("UPDATE runs SET status = ? WHERE id = ?", status, id);
  }

  /** `hidden`: printed during a submission's hidden tests; only interviewers read it back. */
  appendOutput(id: string, seq: number, stream: string, data: string, opts: { hidden?: boolean } = {}, t = Date.now()): void {
    this.#sql.exec(
      "INSERT OR IGNORE INTO run_output (run_id, seq, stream, data, hidden, t) VALUES (?, ?, ?, ?, ?, ?)",
      id, seq, stream, data, opts.hidden ? 1 : 0, t,
    );
  }

  finish(id: string, status: RunState, at: number, exit: RunExit | null, error: string | null): void {
    this.#sql.exec(
      "UPDATE runs SET status = ?, finished_at = ?, exit = ?, error = ? WHERE id = ?",
      status, at, exit ? JSON.stringify(exit) : null, error, id,
    );
  }

  /** Runs that were going when the object last stopped: they can never finish now. */
  unfinished(): string[] {
    return this.#sql.exec<{ id: string }>("SELECT id FROM runs WHERE status IN ('queued', 'running')").toArray().map((r) => r.id);
  }

  /** A run with its output; `withHidden` only for interviewers (a submission's hidden-test prints). */
  get(id: string, { withHidden = false } = {}): (StoredRun & { output: { stream: string; data: string }[]; hiddenOutput?: true }) | null {
    const r = this.#sql.exec<Record<string, string | number | null>>("SELECT * FROM runs WHERE id = ?", id).toArray()[0];
    if (!r) return null;
    const rows = this.#sql
      .exec<{ stream: string; data: string; hidden: number }>("SELECT stream, data, hidden FROM run_output WHERE run_id = ? ORDER BY seq", id)
      .toArray();
    const output = rows.filter((o) => withHidden || !o.hidden).map(({ stream, data }) => ({ stream, data }));
    return {
      ...(output.length < rows.length ? { hiddenOutput: true as const } : {}),
      id: r.id as string, mode: r.mode as RunMode, language: r.language as string, userId: r.user_id as string, userName: r.user_name as string,
      status: r.status as RunState, createdAt: r.created_at as number, finishedAt: r.finished_at as number | null,
      exit: r.exit ? (JSON.parse(r.exit as string) as RunExit) : null, error: r.error as string | null, output,
    };
  }
}
