/**
 * The same bodies through the real Worker (SELF: auth, body caps, D1, the Room): a few hundred
 * requests, none of which may answer 500 or anything but JSON `{error:{code,message}}` when it fails.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { ErrorBodySchema } from "../../contracts/errors";
import { pathTo, ROUTES, type Route } from "../../contracts/routes";
import { asAccount, createOrgAs, startAccount } from "./accounts";
import { call, staffedRoom, tokenOf } from "./api";
import { BODY_ROUTES, anyBodyText, type Who } from "./fuzz/bodies";

/** What a well-formed or malformed command may answer: success, bad input, auth, missing problem, conflict, limits. */
const EXPECTED = new Set([200, 201, 202, 204, 400, 404, 409, 413, 429]);
/** A signed-in admin may also be refused a change the organisation's rules forbid (a room of no organisation). */
const EXPECTED_FOR_ADMIN = new Set([...EXPECTED, 403]);

describe("bodies through the real Worker", async () => {
  const staff = await staffedRoom();
  const tokens: Record<Who, string | undefined> = {
    anyone: undefined,
    invite: tokenOf(staff.room.links.spectator),
    interviewer: staff.interviewer.token,
    candidate: staff.candidate.token,
    admin: undefined,
  };
  const admin = await startAccount("Fuzz Admin");
  const org = await createOrgAs(admin, "Fuzz Org");
  const params = { roomId: staff.room.roomId, orgId: org.id, userId: admin.userId };

  it.each(BODY_ROUTES.map((r) => [r.name, r] as const))("%s: 12 bodies, never a 500", async (_name, route) => {
    const bodies = route.invalidOnly
      ? anyBodyText(route).filter((t) => { try { return !route.schema.safeParse(JSON.parse(t)).success; } catch { return true; } })
      : anyBodyText(route);
    await fc.assert(
      fc.asyncProperty(bodies, async (rawBody) => {
        const path = pathTo(ROUTES[route.name] as Route, params);
        const method = ROUTES[route.name].method;
        const res = route.who === "admin"
          ? await asAccount(admin, path, { method, rawBody })
          : await call(path, { method, token: tokens[route.who], rawBody });
        if (!(route.who === "admin" ? EXPECTED_FOR_ADMIN : EXPECTED).has(res.status)) return false;
        if (res.status < 300) return true;
        return ErrorBodySchema.safeParse(await res.json()).success;
      }),
      { numRuns: 12 }, // a dozen a route in CI (~2.5 s a route through the real Worker); fuzz-bodies.test.ts drives the schemas with thousands in-process
    );
  });
});
