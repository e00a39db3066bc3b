import type { Context } from "hono";
import { RoleSchema, type Identity } from "../../contracts/wire";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { colorFor } from "./colors";

/**
 * Dev-only open rooms: anyone may join any room, choosing `?role=` and `?name=`. Until invite
 * tokens exist this is how local development and tests get in. Off unless DEV_OPEN_ROOMS is "1",
 * and refused outright when DUET_ENV is "production".
 */
export function devOpenIdentity(c: Context<AppEnv>): Identity {
  if (c.env.DEV_OPEN_ROOMS !== "1") throw new HttpError("unauthorized", "a room token is required");
  if (c.env.DUET_ENV === "production") throw new HttpError("forbidden", "DEV_OPEN_ROOMS is refused in production");
  const role = RoleSchema.safeParse(c.req.query("role") ?? "candidate");
  if (!role.success) throw new HttpError("bad_request", "role must be interviewer, candidate or spectator");
  const userId = (c.req.query("user") ?? crypto.randomUUID()).slice(0, 64);
  const name = (c.req.query("name") ?? `Guest ${userId.slice(0, 4)}`).slice(0, 64) || "Guest";
  return { userId, name, role: role.data, color: colorFor(userId) };
}
