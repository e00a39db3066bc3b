/**
 * better-auth's own `POST /api/auth/delete-user` stays for what the sign-up page uses it for: taking
 * back an account whose passkey was never saved. An account in an organisation is deleted through
 * `POST /api/me/delete` (worker/routes/account-data.ts), which keeps every organisation an admin and
 * takes along the organisations it alone was in; here such an account is refused (409).
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { db } from "../../data/db";
import { orgIdsOf } from "../../data/org-members";

const DELETE_PATHS = new Set(["/delete-user", "/delete-user/callback"]);

export function accountDeletionGuard(env: Env) {
  return {
    id: "duet-account-deletion",
    hooks: {
      before: [{
        matcher: (ctx) => DELETE_PATHS.has(ctx.path ?? ""),
        handler: createAuthMiddleware(async (ctx) => {
          const session = await getSessionFromCtx(ctx, { disableRefresh: true });
          if (!session) return;
          if ((await orgIdsOf(db(env.DB), session.user.id)).length > 0) {
            throw new APIError("CONFLICT", { message: "this account belongs to an organisation: delete it with POST /api/me/delete" });
          }
        }),
      }],
    },
  } satisfies BetterAuthPlugin;
}
