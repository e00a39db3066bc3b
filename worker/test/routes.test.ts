/**
 * The route table (contracts/routes.ts) is what the Worker serves: the same methods and paths,
 * nothing more, nothing less.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../contracts/errors";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES, type Route, type RouteName } from "../../contracts/routes";
import app from "../index";
import { BASE } from "./api";

const TABLE = Object.entries(ROUTES) as [RouteName, Route][];
/** Values for every parameter name in the table; each route takes the ones it names. */
const PARAMS = { roomId: "routeprobe000001", inviteId: "probe", runId: "probe", slug: "two-sum", doc: "code", orgId: "probe", userId: "probe", keyId: "probe", endpointId: "probe" };

async function isNoRoute(res: Response): Promise<boolean> {
  if (res.status !== 404) return false;
  // better-auth answers /api/auth/* in its own format: not the Worker's "no route".
  const body = ErrorBodySchema.safeParse(await res.json().catch(() => null));
  return body.success && body.data.error.message.startsWith("no route");
}

describe("the route table", () => {
  it("lists exactly the routes the Worker registers", () => {
    const served = new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`));
    expect([...served].sort()).toEqual(TABLE.map(([, r]) => `${r.method} ${r.path}`).sort());
  });

  it.each(TABLE)("%s is served: an unauthenticated probe gets the route's own answer, not the 404 of no route", async (name, route) => {
    const takesBody = ROUTE_BODIES[name].request !== null;
    const res = await SELF.fetch(`${BASE}${pathTo(route, PARAMS)}`, {
      method: route.method,
      headers: takesBody ? { "Content-Type": "application/json" } : {},
      body: takesBody ? "{}" : undefined,
    });
    expect(await isNoRoute(res), `${route.method} ${route.path}: ${res.status}`).toBe(false);
  });

  it("a method the table does not list for a path is the 404 of no route", async () => {
    for (const [, route] of TABLE) {
      const res = await SELF.fetch(`${BASE}${pathTo(route, PARAMS)}`, { method: "PATCH" }); // a method no route has
      expect(await isNoRoute(res), `PATCH ${route.path}`).toBe(true);
    }
  });
});
