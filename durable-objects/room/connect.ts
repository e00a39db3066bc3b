/**
 * The hand-off from the Worker to the Room: the Worker has verified who is connecting, with
 * which invite, to which doc; it says so in headers that only it can set (the Room is not
 * reachable from outside).
 */
import { z } from "zod";
import { DocNameSchema, IdentitySchema, type DocName, type Identity } from "../../contracts/wire";

const HEADER = "x-duet-connect";

const RoomConnectSchema = z.strictObject({ identity: IdentitySchema, doc: DocNameSchema, inviteId: z.string().min(1).max(64) });
export type RoomConnect = z.infer<typeof RoomConnectSchema>;

export function roomConnectRequest(request: Request, connect: { identity: Identity; doc: DocName; inviteId: string }): Request {
  const headers = new Headers(request.headers);
  headers.set(HEADER, JSON.stringify(connect));
  return new Request(request.url, { method: "GET", headers });
}

export function readRoomConnect(request: Request): RoomConnect | null {
  try {
    const parsed = RoomConnectSchema.safeParse(JSON.parse(request.headers.get(HEADER) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
