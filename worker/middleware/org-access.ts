import type { Context } from "hono";
import { can, type OrgCapability, type OrgRole } from "../../contracts/accounts";
import { db, type Db } from "../../data/db";
import { roleIn } from "../../data/orgs";
import type { AppEnv, SignedInAccount } from "../app-env";
import { HttpError } from "../http-error";

export interface OrgAccess {
  me: SignedInAccount;
  d: Db;
  orgId: string;
  role: OrgRole;
}

const REFUSALS: Record<OrgCapability, string> = {
  runInterviews: "only the organisation's interviewers and admins can do this",
  seeAllInterviews: "only the organisation's reviewers and admins can do this",
  useProblems: "only the organisation's members can do this",
  manageOrganisation: "only the organisation's admins can do this",
};

/**
 * The signed-in caller's place in the organisation of the route's `:orgId`, or the refusal: 404 to
 * a non-member (an organisation's existence is its members' business), 403 to a member whose role
 * lacks `capability`. Needs `signedIn()` to have run.
 */
export async function orgAccess(c: Context<AppEnv>, capability?: OrgCapability): Promise<OrgAccess> {
  const me = c.get("account");
  if (!me) throw new HttpError("unauthorized", "sign in first");
  const orgId = c.req.param("orgId") ?? "";
  const d = db(c.env.DB);
  const role = await roleIn(d, orgId, me.userId);
  if (!role) throw new HttpError("not_found", "no such organisation");
  if (capability && !can(role, capability)) throw new HttpError("forbidden", REFUSALS[capability]);
  return { me, d, orgId, role };
}

/** Who an audit entry names: the signed-in account. */
export const actorOf = (me: SignedInAccount) => ({ userId: me.userId, name: me.name });
