/**
 * An account's own data: `GET /api/me/export` hands over everything Duet holds about it, and
 * `POST /api/me/delete` deletes it — unless it is the last admin of an organisation that has other
 * members, which must be handed over first.
 */
import { Hono } from "hono";
import type { ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { deleteAccount, exportAccount, orgsNeedingAnotherAdmin } from "../../data/account-data";
import { db } from "../../data/db";
import { orgIdsOf } from "../../data/org-members";
import { orgAudit } from "../../data/orgs";
import type { AppEnv } from "../app-env";
import { PLACEHOLDER_EMAIL_DOMAIN } from "../accounts/account-start";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { actorOf } from "../middleware/org-access";

/** A passkey account's address is a placeholder nobody reads: the export says it has none. */
const visibleEmail = (email: string) => (email.endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`) ? null : email);

export const accountData = new Hono<AppEnv>()
  .on(ROUTES.exportMyData.method, ROUTES.exportMyData.path, signedIn(), async (c) => {
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    const data = await exportAccount(db(c.env.DB), me.userId, visibleEmail);
    if (!data) throw new HttpError("not_found", "this account no longer exists");
    c.header("Content-Disposition", 'attachment; filename="duet-account.json"');
    return c.json(data satisfies ResponseBody<"exportMyData">);
  })

  .on(ROUTES.deleteMyAccount.method, ROUTES.deleteMyAccount.path, signedIn(), async (c) => {
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    const d = db(c.env.DB);
    const blocking = await orgsNeedingAnotherAdmin(d, me.userId);
    if (blocking.length > 0) {
      const names = blocking.map((o) => `"${o.name}"`).join(", ");
      throw new HttpError("conflict", `you are the last admin of ${names}: make another member admin first, or remove its other members`);
    }
    const orgIds = await orgIdsOf(d, me.userId);
    const organizationsDeleted = await deleteAccount(d, me.userId);
    // The organisations it leaves behind record that it went.
    for (const orgId of orgIds.filter((id) => !organizationsDeleted.includes(id))) {
      await orgAudit(d, { orgId, actor: actorOf(me), action: "member.remove", detail: { userId: me.userId, accountDeleted: true } });
    }
    return c.json({ deleted: true, organizationsDeleted } satisfies ResponseBody<"deleteMyAccount">);
  });
