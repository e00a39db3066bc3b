/**
 * Who caused a change to one of the room's docs: the origin every transaction and applied update
 * carries (Hocuspocus types its origins the same way), read back by the update handler to decide
 * whether the change is logged, under whose name, and to whom it is sent.
 */
import { SERVER_USER } from "./client-owners";

export type Origin =
  /** Replayed from the log on load: already stored, sent to nobody. */
  | { readonly kind: "load" }
  /** The room's own edit: the state doc, starter code, a run's records. */
  | { readonly kind: "room" }
  /** The room's forward edit removing a `\r` a write brought into a code buffer (line-endings.ts). */
  | { readonly kind: "line-endings" }
  /** A participant's write, checked before it was applied; not echoed back to its socket. */
  | { readonly kind: "socket"; readonly ws: WebSocket; readonly userId: string };

export const LOAD: Origin = Object.freeze({ kind: "load" });
export const ROOM: Origin = Object.freeze({ kind: "room" });
export const LINE_ENDINGS: Origin = Object.freeze({ kind: "line-endings" });

export function socketOrigin(ws: WebSocket, userId: string): Origin {
  return { kind: "socket", ws, userId };
}

const KINDS = new Set<string>(["load", "room", "line-endings", "socket"]);

/** Yjs hands an origin back as `unknown`; only these reach the room's docs (null for anything else). */
export function readOrigin(origin: unknown): Origin | null {
  return typeof origin === "object" && origin !== null && KINDS.has((origin as { kind?: string }).kind ?? "") ? (origin as Origin) : null;
}

/** Whether the room itself made the change (its client ids are the server's). */
export const byRoom = (o: Origin | null): boolean => o?.kind === "room" || o?.kind === "line-endings";

/** The user a change is logged under. */
export function authorOf(o: Origin | null): string {
  if (o?.kind === "socket") return o.userId;
  return byRoom(o) ? SERVER_USER : "unknown";
}
