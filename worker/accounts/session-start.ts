/**
 * The end of every Duet sign-in endpoint that better-auth does not provide itself (a new
 * passkey-first account, a recovery link): a fresh session for the user, its HttpOnly cookie set on
 * the answer, and only the user's id and name in the body.
 */
import type { GenericEndpointContext, User } from "better-auth";
import { APIError } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";

export async function startSession(ctx: GenericEndpointContext, user: User) {
  const session = await ctx.context.internalAdapter.createSession(user.id);
  if (!session) throw new APIError("INTERNAL_SERVER_ERROR", { message: "could not start a session" });
  await setSessionCookie(ctx, { session, user });
  return ctx.json({ user: { id: user.id, name: user.name } });
}
