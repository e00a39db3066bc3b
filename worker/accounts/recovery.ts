/**
 * Account recovery without e-mail, the member's half: `POST /api/auth/account/recover {code}`, with
 * the code from the link an organisation admin got when resetting their sign-in
 * (`POST /api/orgs/:orgId/members/:userId/reset-sign-in`, worker/routes/orgs.ts). It signs the member
 * in once — the page then registers a new passkey — and the code stops working.
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError } from "better-auth/api";
import { createAuthEndpoint } from "@better-auth/core/api";
import { startSession } from "./session-start";
import { RecoverAccountSchema } from "../../contracts/orgs";
import { db } from "../../data/db";
import { consumeRecoveryCode } from "../../data/recovery-codes";
import { sha256Hex } from "./random-secret";

export function recovery(env: Env) {
  return {
    id: "duet-recovery",
    endpoints: {
      recoverAccount: createAuthEndpoint("/account/recover", { method: "POST", body: RecoverAccountSchema }, async (ctx) => {
        const userId = await consumeRecoveryCode(db(env.DB), await sha256Hex(ctx.body.code));
        // Unknown, used and expired codes are one answer: a guess learns nothing.
        if (!userId) throw new APIError("BAD_REQUEST", { message: "this recovery link is not valid: it was used, has expired, or was replaced by a newer one" });
        const user = await ctx.context.internalAdapter.findUserById(userId);
        if (!user) throw new APIError("BAD_REQUEST", { message: "this account no longer exists" });
        return startSession(ctx, user);
      }),
    },
  } satisfies BetterAuthPlugin;
}
