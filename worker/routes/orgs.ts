/**
 * Managing an organisation (issue 13): who is in it, its settings and audit log here; its members
 * (./org-members.ts), invite links (./org-invites.ts), room interviewers (./room-interviewers.ts)
 * and an account's own data (./account-data.ts) beside it. Members see their organisation; admins
 * change it, and every change is written to its audit log.
 */
import { Hono } from "hono";
import { ORG_AUDIT_PAGE, OrgAuditQuerySchema } from "../../contracts/orgs";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { orgAuditPage } from "../../data/org-audit-log";
import { orgWithMembers } from "../../data/org-members";
import { saveOrgSettings } from "../../data/org-settings";
import { orgAudit, orgSettings } from "../../data/orgs";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { smallBody } from "../middleware/body-cap";
import { actorOf, orgAccess } from "../middleware/org-access";
import { jsonBody } from "../validate";
import { accountData } from "./account-data";
import { orgInvites } from "./org-invites";
import { orgMembers } from "./org-members";
import { roomInterviewers } from "./room-interviewers";

export const orgs = new Hono<AppEnv>()
  .on(ROUTES.org.method, ROUTES.org.path, signedIn(), async (c) => {
    const { d, orgId, role } = await orgAccess(c);
    const found = await orgWithMembers(d, orgId);
    if (!found) throw new HttpError("not_found", "no such organisation");
    return c.json({ org: found.org, role, members: found.members } satisfies ResponseBody<"org">);
  })

  // Every member reads the settings (interviews start from the default rubric); admins change them.
  .on(ROUTES.orgSettings.method, ROUTES.orgSettings.path, signedIn(), async (c) => {
    const { d, orgId } = await orgAccess(c);
    return c.json((await orgSettings(d, orgId)) satisfies ResponseBody<"orgSettings">);
  })

  .on(ROUTES.updateOrgSettings.method, ROUTES.updateOrgSettings.path, smallBody, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAccess(c, "manageOrganisation");
    const changes = await jsonBody(c, ROUTE_BODIES.updateOrgSettings.request);
    if (Object.keys(changes).length > 0) {
      await saveOrgSettings(d, orgId, changes);
      // The new values, but not a whole rubric: the log says it changed.
      const detail = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, k === "defaultRubric" ? "changed" : v]));
      await orgAudit(d, { orgId, actor: actorOf(me), action: "org.settings", detail });
    }
    return c.json((await orgSettings(d, orgId)) satisfies ResponseBody<"updateOrgSettings">);
  })

  .on(ROUTES.orgAudit.method, ROUTES.orgAudit.path, signedIn(), async (c) => {
    const { d, orgId } = await orgAccess(c, "manageOrganisation");
    const query = OrgAuditQuerySchema.safeParse(c.req.query());
    if (!query.success) throw new HttpError("bad_request", "before: a time in milliseconds, and beforeId an entry's id, as the previous page's next gives them");
    return c.json((await orgAuditPage(d, orgId, query.data, ORG_AUDIT_PAGE)) satisfies ResponseBody<"orgAudit">);
  })

  .route("/", orgMembers)
  .route("/", orgInvites)
  .route("/", roomInterviewers)
  .route("/", accountData);
