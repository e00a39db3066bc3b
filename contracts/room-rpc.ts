/**
 * The Worker ↔ Room hand-off: what the Worker tells the Room about a connection it has verified,
 * and what the Room's commands answer. Both sides import these; neither imports the other.
 */
import { z } from "zod";
import type { ErrorCode } from "./errors";
import { DocNameSchema, IdentitySchema, type DocName, type Identity } from "./wire";

/** The answer to starting or cancelling a run: the run's id, or an error value the Worker turns into HTTP. */
export type RunResult = { ok: true; runId: string } | { ok: false; code: ErrorCode; message: string; retryAfter?: number };

const CONNECT_HEADER = "x-duet-connect";

export const RoomConnectSchema = z.strictObject({
  identity: IdentitySchema,
  doc: DocNameSchema,
  inviteId: z.string().min(1).max(64),
  /** The client's contract version (`?v=`, contracts/wire.ts CONTRACT_VERSION); absent for a stock client. */
  contract: z.number().int().min(0).optional(),
});
export type RoomConnect = z.infer<typeof RoomConnectSchema>;

/**
 * The Worker has verified who is connecting, with which invite, to which doc; it says so in a
 * header only it can set (the Room is not reachable from outside).
 */
export function roomConnectRequest(request: Request, connect: { identity: Identity; doc: DocName; inviteId: string; contract?: number }): Request {
  const headers = new Headers(request.headers);
  headers.set(CONNECT_HEADER, JSON.stringify(connect));
  return new Request(request.url, { method: "GET", headers });
}

export function readRoomConnect(request: Request): RoomConnect | null {
  try {
    const parsed = RoomConnectSchema.safeParse(JSON.parse(request.headers.get(CONNECT_HEADER) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
