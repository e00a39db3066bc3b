/**
 * How each of the Room's runtime entry points runs its hook: a failure is logged as one JSON line
 * with the room id and the entry point, then answered that entry point's way (a 500, a close, a
 * rethrow so the platform retries an alarm or the Worker sees a command fail). A ProtocolError
 * is the client's fault, not ours: answered, not logged.
 */
import { log } from "../../contracts/log";
import { ProtocolError } from "./frames";

/** One JSON line on the error log (contracts/log.ts), always with the room. */
export function logRoomEvent(room: string, event: string, fields: Record<string, unknown> = {}): void {
  log("error", event, { roomId: room, ...fields });
}

export async function guarded<T>(room: string, entry: string, hook: () => T | Promise<T>, failed: (e: unknown) => T | Promise<T>): Promise<T> {
  try {
    return await hook();
  } catch (e) {
    if (!(e instanceof ProtocolError)) logRoomEvent(room, `${entry}_failed`, { error: String(e) });
    return failed(e);
  }
}

export function rethrow(e: unknown): never {
  throw e;
}

/** The JSON error body every part of Duet answers with. */
export function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}
