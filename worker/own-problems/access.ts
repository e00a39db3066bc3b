/**
 * Who may do what with interviewers' own problems: an organisation's interviewers and admins use,
 * write and delete its problems (ORG_CAPABILITIES.runInterviews: the people who put problems on the
 * table); an account in no organisation has problems of its own. To anyone else a problem does not
 * exist (404), as an organisation does not to a non-member; a member whose role runs no interviews
 * (a reviewer) is told why (403).
 */
import type { Context } from "hono";
import { can } from "../../contracts/accounts";
import { OwnProblemIdSchema } from "../../contracts/own-problems";
import { db, type Db } from "../../data/db";
import { membershipsOf, roleIn } from "../../data/orgs";
import { ownProblem, type OwnerScope, type OwnProblemRow } from "../../data/own-problems";
import type { AppEnv, SignedInAccount } from "../app-env";
import { HttpError } from "../http-error";

const NOT_INTERVIEWER = "only the organisation's interviewers and admins write and use its problems";

function signedInAccount(c: Context<AppEnv>): SignedInAccount {
  const me = c.get("account");
  if (!me) throw new HttpError("unauthorized", "sign in first");
  return me;
}

/** The organisations whose problems the caller uses, and the caller. Needs `signedIn()`. */
export async function problemScope(c: Context<AppEnv>): Promise<{ me: SignedInAccount; d: Db; scope: OwnerScope }> {
  const me = signedInAccount(c);
  const d = db(c.env.DB);
  const orgIds = (await membershipsOf(d, me.userId)).filter((m) => can(m.role, "runInterviews")).map((m) => m.id);
  return { me, d, scope: { orgIds, userId: me.userId } };
}

/** Who a new problem belongs to: `orgId`, else the caller's only organisation, else (in none) the caller. */
export async function newProblemOwner(c: Context<AppEnv>, orgId: string | undefined): Promise<{ me: SignedInAccount; d: Db; orgId: string | null }> {
  const me = signedInAccount(c);
  const d = db(c.env.DB);
  const memberships = await membershipsOf(d, me.userId);
  if (orgId !== undefined) {
    const m = memberships.find((x) => x.id === orgId);
    if (!m) throw new HttpError("not_found", "no such organisation");
    if (!can(m.role, "runInterviews")) throw new HttpError("forbidden", NOT_INTERVIEWER);
    return { me, d, orgId };
  }
  if (memberships.length === 0) return { me, d, orgId: null };
  const writable = memberships.filter((m) => can(m.role, "runInterviews"));
  if (writable.length === 0) throw new HttpError("forbidden", NOT_INTERVIEWER);
  if (writable.length > 1) throw new HttpError("bad_request", "you run interviews in several organisations: say which one owns the problem (orgId)");
  return { me, d, orgId: writable[0].id };
}

/** The route's `:problemId`, when the caller may use and change it; else 404 (or 403 for a reviewer of its organisation). */
export async function ownedProblem(c: Context<AppEnv>): Promise<{ me: SignedInAccount; d: Db; problem: OwnProblemRow }> {
  const me = signedInAccount(c);
  const d = db(c.env.DB);
  const id = c.req.param("problemId") ?? "";
  const problem = OwnProblemIdSchema.safeParse(id).success ? await ownProblem(d, id) : null;
  if (!problem) throw new HttpError("not_found", "no such problem");
  if (problem.orgId === null) {
    if (problem.ownerId !== me.userId) throw new HttpError("not_found", "no such problem");
    return { me, d, problem };
  }
  const role = await roleIn(d, problem.orgId, me.userId);
  if (!role) throw new HttpError("not_found", "no such problem");
  if (!can(role, "runInterviews")) throw new HttpError("forbidden", NOT_INTERVIEWER);
  return { me, d, problem };
}

/** Whether a room of `owner` (its organisation, or its owner's account when it has none) may put the problem on the table. */
export function roomMayUse(problem: OwnProblemRow, owner: { orgId: string | null; ownerId?: string; userId?: string }): boolean {
  return problem.orgId !== null ? problem.orgId === owner.orgId : problem.ownerId === (owner.ownerId ?? owner.userId);
}
