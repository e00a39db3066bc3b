/**
 * A room route that also serves the record's readers once the room is closed: the live room's
 * session first (as `session()`), else an interviewer reading the record (recordReader()), who
 * acts as the room's interviewer. Time travel uses it: a review run is asked for, and its output
 * read, after the interview ended.
 */
import type { MiddlewareHandler } from "hono";
import type { Role } from "../../contracts/wire";
import type { AppEnv } from "../app-env";
import { colorFor } from "../auth/colors";
import { HttpError } from "../http-error";
import { recordReader } from "./record-reader";
import { session } from "./session";

type Ctx = Parameters<MiddlewareHandler<AppEnv>>[0];

/** `review`: whether the request asks for the record's side at once (a body with `at`). */
export function liveOrRecord(opts: { roles?: Role[]; review?: (c: Ctx) => Promise<boolean> }): MiddlewareHandler<AppEnv> {
  const live = session({ roles: opts.roles });
  const reader = recordReader();
  const asInterviewer: MiddlewareHandler<AppEnv> = async function recordInterviewer(c, next) {
    await reader(c, async () => {
      const r = c.get("reader");
      if (r.access !== "interviewer") throw new HttpError("forbidden", "only the room's interviewers run earlier versions");
      c.set("room", r.room);
      c.set("identity", { userId: r.userId, name: r.name, role: "interviewer", color: colorFor(r.userId) });
      await next();
    });
  };
  return async function liveOrRecordMiddleware(c, next) {
    if (await opts.review?.(c)) return asInterviewer(c, next);
    let reached = false;
    try {
      await live(c, async () => {
        reached = true;
        await next();
      });
    } catch (e) {
      // The live room refused (closed, or no room token): a reader of its record may still read.
      if (reached || !(e instanceof HttpError) || (e.status !== 401 && e.status !== 403)) throw e;
      await asInterviewer(c, next);
    }
  };
}
