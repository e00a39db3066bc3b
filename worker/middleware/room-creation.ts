import type { Context } from "hono";
import { can } from "../../contracts/accounts";
import type { AppEnv } from "../app-env";
import { db } from "../../data/db";
import { membershipsOf } from "../../data/orgs";
import { HttpError } from "../http-error";
import { apiKeyCaller } from "./api-key";

/** The names a browser uses for this machine: what a local server is reached by. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Who a new room belongs to: its owner's account (or a fresh id when anonymous) and organisation. */
export interface RoomCreator {
  userId: string;
  name: string;
  orgId: string | null;
  /** The organisation API key that created it, if one did. */
  apiKeyId?: string;
}

/**
 * Who is creating a room, or the refusal (issue 13: no anonymous runs in production). An
 * organisation API key with `rooms:create` creates it in the key's organisation (owner
 * `apikey:<id>`: the interviewer link in the answer is how the applicant-tracking system hands the
 * interview to a person). A signed-in member who may run interviews creates it in their
 * organisation (`orgId`, or their only one).
 * Without an account: nobody in production; locally, a server on this machine (`npm start`,
 * DUET_ENV=development) reached by a loopback name, unless REQUIRE_SIGN_IN=1; and the test
 * environment. Needs `account()` to have run.
 */
export async function roomCreator(c: Context<AppEnv>, requestedOrgId: string | undefined): Promise<RoomCreator> {
  const key = await apiKeyCaller(c, "rooms:create", requestedOrgId);
  if (key) return { userId: `apikey:${key.id}`, name: `${key.name} (API key)`, orgId: key.orgId, apiKeyId: key.id };
  const account = c.get("account");
  if (!account) {
    const refused = anonymousRefusal(c.env, new URL(c.req.url).hostname);
    if (refused) throw new HttpError("unauthorized", refused);
    if (requestedOrgId !== undefined) throw new HttpError("unauthorized", "sign in to create a room in an organisation");
    return { userId: crypto.randomUUID(), name: "creator", orgId: null };
  }
  const orgs = (await membershipsOf(db(c.env.DB), account.userId)).filter((m) => can(m.role, "runInterviews"));
  if (requestedOrgId !== undefined) {
    const org = orgs.find((m) => m.id === requestedOrgId);
    if (!org) throw new HttpError("forbidden", "you do not run interviews in this organisation");
    return { userId: account.userId, name: account.name, orgId: org.id };
  }
  if (orgs.length === 1) return { userId: account.userId, name: account.name, orgId: orgs[0].id };
  if (orgs.length > 1) throw new HttpError("bad_request", "you run interviews in several organisations: say which one (orgId)");
  // Signed in but in no organisation: a personal room where anonymous ones are allowed, else refused.
  if (anonymousRefusal(c.env, new URL(c.req.url).hostname)) {
    throw new HttpError("forbidden", "create or join an organisation to create rooms");
  }
  return { userId: account.userId, name: account.name, orgId: null };
}

/** Whether this server lets a visitor create a room without signing in: null if it does, else why not. */
export function anonymousRefusal(env: Env, hostname: string): string | null {
  if (env.REQUIRE_SIGN_IN === "1") return "sign in to create a room (REQUIRE_SIGN_IN=1)";
  if (env.DUET_ENV === "test") return null;
  if (env.DUET_ENV === "development") {
    return LOOPBACK_HOSTS.has(hostname) ? null : "anonymous rooms are for a local server only: open it as localhost or 127.0.0.1";
  }
  return "sign in to create a room: anonymous rooms exist only on a local development server";
}
