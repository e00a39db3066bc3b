/**
 * Account recovery without e-mail: an organisation admin resets a member's sign-in (their passkeys
 * and sessions go: signed out everywhere) and gets a one-time code for them. The code lives in
 * better-auth's verification table as `duet-recovery:<SHA-256 of the code>` → the user id; using it
 * deletes the row in the same statement that reads it, so it works once.
 */
import { and, eq, like } from "drizzle-orm";
import type { Db } from "./db";
import * as schema from "./schema";

const { authVerifications: verifications, passkeys, authSessions } = schema;
const PREFIX = "duet-recovery:";

export interface SignInReset {
  passkeysDeleted: number;
  sessionsEnded: number;
}

/** Deletes the user's passkeys, sessions and any earlier recovery code, and stores the new code's hash: one batch. */
export async function resetSignIn(d: Db, userId: string, codeHash: string, expiresAt: number, now = Date.now()): Promise<SignInReset> {
  const [deletedPasskeys, endedSessions] = await d.batch([
    d.delete(passkeys).where(eq(passkeys.userId, userId)).returning({ id: passkeys.id }),
    d.delete(authSessions).where(eq(authSessions.userId, userId)).returning({ id: authSessions.id }),
    deleteRecoveryCodes(d, userId),
    d.insert(verifications).values({
      id: crypto.randomUUID(), identifier: `${PREFIX}${codeHash}`, value: userId,
      expiresAt: new Date(expiresAt), createdAt: new Date(now), updatedAt: new Date(now),
    }),
  ]);
  return { passkeysDeleted: deletedPasskeys.length, sessionsEnded: endedSessions.length };
}

/** The user a code recovers, once: the row is gone after this, whether or not it had expired. */
export async function consumeRecoveryCode(d: Db, codeHash: string, now = Date.now()): Promise<string | null> {
  const [row] = await d
    .delete(verifications)
    .where(eq(verifications.identifier, `${PREFIX}${codeHash}`))
    .returning({ userId: verifications.value, expiresAt: verifications.expiresAt });
  if (!row || row.expiresAt.getTime() <= now) return null;
  return row.userId;
}

/** A statement (for a batch) that forgets every recovery code of the user. */
export function deleteRecoveryCodes(d: Db, userId: string) {
  return d.delete(verifications).where(and(like(verifications.identifier, `${PREFIX}%`), eq(verifications.value, userId)));
}
