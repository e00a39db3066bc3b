/**
 * Organisation API keys (issue 13), what an applicant-tracking system uses them for besides
 * creating rooms (worker/middleware/room-creation.ts): an organisation's admins list, create and
 * revoke its keys (each change in the organisation's audit log); a room's results are read with a
 * `rooms:read` key of the room's organisation, or by the room's interviewers and the
 * organisation's reviewers and admins.
 */
import { type Context, Hono } from "hono";
import { can } from "../../contracts/accounts";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { RoomIdSchema } from "../../contracts/wire";
import { insertApiKey, listApiKeys, revokeApiKey } from "../../data/api-keys";
import { db } from "../../data/db";
import { isRoomInterviewer, orgAudit, roleIn } from "../../data/orgs";
import { roomById, roomResults } from "../../data/room-results";
import type { AppEnv } from "../app-env";
import { mintApiKey } from "../accounts/api-key-secret";
import { HttpError } from "../http-error";
import { account, signedIn } from "../middleware/account";
import { apiKeyCaller } from "../middleware/api-key";
import { smallBody } from "../middleware/body-cap";
import { actorOf, orgAccess } from "../middleware/org-access";
import { jsonBody } from "../validate";

/** The route's organisation, for its admins only: 404 to a non-member (they learn nothing), 403 to another role. */
const orgAdmin = (c: Context<AppEnv>) => orgAccess(c, "manageOrganisation");

const noSuchRoom = () => new HttpError("not_found", "no such room");

export const apiKeys = new Hono<AppEnv>()
  .on(ROUTES.apiKeys.method, ROUTES.apiKeys.path, signedIn(), async (c) => {
    const { d, orgId } = await orgAdmin(c);
    return c.json({ keys: await listApiKeys(d, orgId) } satisfies ResponseBody<"apiKeys">);
  })

  .on(ROUTES.createApiKey.method, ROUTES.createApiKey.path, smallBody, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAdmin(c);
    const { name, scopes } = await jsonBody(c, ROUTE_BODIES.createApiKey.request);
    const minted = await mintApiKey();
    const key = await insertApiKey(d, { orgId, name, scopes, start: minted.start, keyHash: minted.keyHash, createdBy: me.userId });
    await orgAudit(d, { orgId, actor: actorOf(me), action: "api_key.create", detail: { keyId: key.id, name, scopes } });
    return c.json({ ...key, key: minted.key } satisfies ResponseBody<"createApiKey">, 201);
  })

  .on(ROUTES.revokeApiKey.method, ROUTES.revokeApiKey.path, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAdmin(c);
    const revoked = await revokeApiKey(d, orgId, c.req.param("keyId"));
    if (!revoked) throw new HttpError("not_found", "no such API key in this organisation");
    if (revoked.newly) {
      await orgAudit(d, { orgId, actor: actorOf(me), action: "api_key.revoke", detail: { keyId: revoked.key.id, name: revoked.key.name } });
    }
    return c.json(revoked.key satisfies ResponseBody<"revokeApiKey">);
  })

  .on(ROUTES.roomResults.method, ROUTES.roomResults.path, account(), async (c) => {
    const parsed = RoomIdSchema.safeParse(c.req.param("roomId"));
    const d = db(c.env.DB);
    const room = parsed.success ? await roomById(d, parsed.data) : null;
    // Another organisation's key learns nothing of the room, not even that it exists.
    const key = await apiKeyCaller(c, "rooms:read", room?.orgId ?? null, noSuchRoom());
    if (!key) {
      const me = c.get("account");
      if (!me) throw new HttpError("unauthorized", "sign in, or use an organisation API key with the scope rooms:read");
      if (!room) throw noSuchRoom();
      const orgRole = room.orgId ? await roleIn(d, room.orgId, me.userId) : null;
      const allowed = (orgRole !== null && can(orgRole, "seeAllInterviews")) || (await isRoomInterviewer(d, room, me.userId, orgRole));
      if (!allowed) throw new HttpError("forbidden", "only the room's interviewers and its organisation's reviewers and admins read its results");
    }
    if (!room) throw noSuchRoom();
    return c.json((await roomResults(d, room)) satisfies ResponseBody<"roomResults">);
  });
