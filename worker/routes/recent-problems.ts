/**
 * The problems an interviewer put on the table lately: recorded when they pick one (in a room, or
 * when creating it) under the account the browser is signed in with, and read back only by that
 * account, so the picker marks them.
 */
import type { Context } from "hono";
import { Hono } from "hono";
import type { ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { db } from "../../data/db";
import { recentPicks } from "../../data/problem-picks";
import type { AppEnv } from "../app-env";
import { account } from "../middleware/account";
import { ACCOUNT_SESSION_PREFIX } from "../middleware/session";

export const recentProblems = new Hono<AppEnv>()
  // Nobody signed in has no picks: an empty list, not a 401, so a room opened by link asks without errors.
  .on(ROUTES.recentProblems.method, ROUTES.recentProblems.path, account(), async (c) => {
    const me = c.get("account");
    return c.json({ recent: me ? await recentPicks(db(c.env.DB), me.userId) : [] } satisfies ResponseBody<"recentProblems">);
  });

/**
 * Whose pick a room command is: the account the browser is signed in with (an interviewer who
 * came by link holds a room identity unrelated to it), else the account a session from entering
 * without a link belongs to; null for a link's session with nobody signed in.
 */
export function pickingAccount(c: Context<AppEnv>): string | null {
  const signedIn = c.get("account")?.userId;
  if (signedIn) return signedIn;
  const token = c.get("token");
  return token.kind === "session" && token.jti.startsWith(ACCOUNT_SESSION_PREFIX) ? token.uid : null;
}
