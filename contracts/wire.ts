/**
 * Room wire protocol: the facts every part (worker, Room DO, web, tests) shares.
 *
 * Binary frames are exactly the y-websocket protocol (y-protocols):
 *
 *   frame        = varUint(messageType) payload
 *   messageType  = 0 sync | 1 awareness | 2 auth | 3 queryAwareness
 *   sync         = varUint(0 step1) varUint8Array(stateVector)
 *                | varUint(1 step2) varUint8Array(update)
 *                | varUint(2 update) varUint8Array(update)
 *   awareness    = varUint8Array( varUint(n) { varUint(clientID) varUint(clock) varString(json) }^n )
 *   auth         = varUint(0 permissionDenied) varString(reason)
 *   queryAwareness = (empty)
 *   contract     = varUint(deployed version)      (type 4: Room → a versioned Duet client only; see CONTRACT_VERSION)
 *
 * The text frame "ping" is answered "pong" without waking the Durable Object.
 */
import { z } from "zod";

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export const AUTH_PERMISSION_DENIED = 0;

export const PING = "ping";
export const PONG = "pong";

/**
 * Liveness. Duet's web client pings every PING_INTERVAL_MS (answered without waking the room) and
 * counts its connection lost when nothing at all arrived for PONG_DEADLINE_MS. The Room checks its
 * sockets every LIVENESS_CHECK_MS while any is open: one that pinged before and has been quiet for
 * SILENT_AFTER_MS is shown to the others as reconnecting (PRESENCE_FIELD in contracts/cursor.ts),
 * within SILENT_AFTER_MS + LIVENESS_CHECK_MS = 10 s of its last ping, and closed RECONNECT_GRACE_MS
 * later. A client that never pings (a stock y-websocket provider) is never judged by this.
 */
export const PING_INTERVAL_MS = 2_000;
export const PONG_DEADLINE_MS = 4_000;
export const SILENT_AFTER_MS = 6_000;
export const LIVENESS_CHECK_MS = 4_000;
export const RECONNECT_GRACE_MS = 30_000;

/** The three documents of a room; each has its own sockets in the same Durable Object. */
export const DOC_NAMES = ["code", "state", "private"] as const;
export const DocNameSchema = z.enum(DOC_NAMES);
export type DocName = z.infer<typeof DocNameSchema>;

export const ROLES = ["interviewer", "candidate", "spectator"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Room ids are path segments and Durable Object names: keep them boring. */
export const RoomIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "room id must be 1-64 of [A-Za-z0-9_-]");

/** Who is on the other end of a socket: always from a verified token, never from client messages. */
export const IdentitySchema = z.strictObject({
  userId: z.string().min(1).max(64),
  /** At most 64 code points (contracts/text.ts), which is up to 128 UTF-16 units. */
  name: z.string().min(1).max(128),
  role: RoleSchema,
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Identity = z.infer<typeof IdentitySchema>;

/** WebSocket close codes the Room sends (1000-1015 standard, 4000-4999 ours). */
export const CLOSE = {
  NORMAL: 1000,
  PROTOCOL_ERROR: 1002,
  UNSUPPORTED_DATA: 1003,
  MESSAGE_TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
  /** The link was revoked or the role no longer allows this doc. */
  FORBIDDEN: 4003,
  /** The room ended or expired. */
  ROOM_CLOSED: 4004,
  /** The socket stopped answering (no ping for SILENT_AFTER_MS + RECONNECT_GRACE_MS): reconnect. */
  SILENT: 4008,
  /**
   * The socket sent more than its share (messages or bytes per second; limits in
   * durable-objects/room/limits.ts). Nothing of the frame that crossed the limit was applied;
   * reconnect after a pause and sync again. (Writes over a document limit are not closed: they
   * are refused with permission-denied, as read-only writes are.)
   */
  RATE_LIMITED: 4429,
  /** This page's contract is older than the previous one (CONTRACT_VERSION): reload to get the deployed app. */
  RELOAD: 4426,
} as const;

// The contract version (CONTRACT_VERSION, ?v=, X-Duet-Contract, the contract frame): contracts/contract-version.ts,
// kept free of zod so the web app's first chunk can read it.
export { CONTRACT_HEADER, CONTRACT_PARAM, CONTRACT_VERSION, MESSAGE_CONTRACT, contractVerdict, readContract } from "./contract-version";

/**
 * Permission-denied reasons are sentences for people and logs; how one ends tells a client what to
 * do. A refused write (a read-only socket, a Yjs client id another participant owns, edits the room
 * does not have, a document limit) ends with WRITE_NOT_SAVED; a write from a copy refused before
 * ends with COPY_DIVERGED. Yjs cannot take an edit back, so such a copy can never write again: a
 * client replaces it with a fresh one (the web app keeps the participant's edits to restore). Other
 * refusals (too many sync requests, an awareness state) leave the copy as it is.
 */
export const WRITE_NOT_SAVED = "your change was not saved";
export const COPY_DIVERGED = "reload to edit again";

/** Whether a permission-denied reason means this copy of the doc must be replaced. */
export function copyRefused(reason: string): boolean {
  return reason.endsWith(WRITE_NOT_SAVED) || reason.endsWith(COPY_DIVERGED);
}

/** Default cap on one binary frame; configurable through MAX_MESSAGE_BYTES. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
/** Cap on one client's awareness state (JSON). Cursor states are a few hundred bytes. */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;
/** A socket owns one awareness client id: its Y.Doc's. (A reload is a new socket.) */
export const MAX_AWARENESS_CLIENTS_PER_SOCKET = 1;

/** Which docs a role may open, and whether it may write them. `state` is server-written only. */
export function docAccess(role: Role, doc: DocName, room: { candidateReadOnly?: boolean } = {}): "none" | "read" | "write" {
  if (doc === "state") return "read";
  if (doc === "private") return role === "interviewer" ? "write" : "none";
  if (role === "spectator" || (role === "candidate" && room.candidateReadOnly)) return "read";
  return "write";
}
