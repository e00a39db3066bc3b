/**
 * Passkey-first sign-up. better-auth's passkey plugin registers a passkey for a signed-in user, and
 * Duet accounts have no password or mailbox to sign in with first; so `POST /api/auth/account/start`
 * {name} creates the account and its session cookie, and the page registers the passkey at once
 * (one browser prompt). The address is a placeholder under `.invalid`, which nothing ever mails.
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError } from "better-auth/api";
import { createAuthEndpoint } from "@better-auth/core/api";
import { startSession } from "./session-start";
import { AccountStartSchema } from "../../contracts/accounts";

export const PLACEHOLDER_EMAIL_DOMAIN = "passkey.duet.invalid";

export function accountStart() {
  return {
    id: "duet-account-start",
    endpoints: {
      startAccount: createAuthEndpoint("/account/start", { method: "POST", body: AccountStartSchema }, async (ctx) => {
        const now = new Date();
        const user = await ctx.context.internalAdapter.createUser({
          name: ctx.body.name,
          email: `${crypto.randomUUID()}@${PLACEHOLDER_EMAIL_DOMAIN}`,
          emailVerified: false,
          createdAt: now,
          updatedAt: now,
        }, { method: "passkey" });
        if (!user) throw new APIError("INTERNAL_SERVER_ERROR", { message: "could not create the account" });
        return startSession(ctx, user);
      }),
    },
  } satisfies BetterAuthPlugin;
}
