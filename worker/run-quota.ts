/**
 * An organisation's runs per hour (issue 13): every Run and Submit in a room of the organisation
 * counts against its quota (its settings, else DEFAULT_ORG_QUOTAS), in the organisation's
 * RateLimiter object. Anonymous local rooms have no organisation and keep the per-room and
 * per-person limits only. Read per request, so an admin's new quota applies at once.
 */
import type { Context } from "hono";
import { db } from "../data/db";
import { orgSettings } from "../data/orgs";
import type { RoomRow } from "../data/rooms";
import type { AppEnv } from "./app-env";
import { HttpError } from "./http-error";

const HOUR_MS = 3600_000;
const BUCKET = "runs per hour";

/** Counts one run against the room's organisation, or refuses it (429, Retry-After) before it starts. */
export async function countOrgRun(c: Context<AppEnv>, room: RoomRow): Promise<void> {
  if (!room.orgId) return;
  const { runsPerHour } = await orgSettings(db(c.env.DB), room.orgId);
  const limiter = c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(`org:${room.orgId}`));
  const decision = await limiter.hit(BUCKET, runsPerHour, HOUR_MS);
  if (decision.ok) return;
  const minutes = Math.ceil(decision.retryAfter / 60);
  throw new HttpError(
    "rate_limited",
    `your organisation has used its ${runsPerHour} run${runsPerHour === 1 ? "" : "s"} this hour; more in ${minutes} min`,
    { "Retry-After": String(decision.retryAfter) },
  );
}
