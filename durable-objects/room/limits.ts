/**
 * The Room's limits, each with its default and the environment variable that overrides it (a
 * positive number; anything else keeps the default). Rates are per socket and in memory: a
 * hibernation wake starts every socket with full buckets again.
 *
 * Over a rate limit the socket is closed with CLOSE.RATE_LIMITED (the client reconnects, and its
 * sync catches up whatever it sent since). Over the sync-request limit a step 1 is answered with
 * permission-denied instead of a step 2. Over a document limit the write is refused like a
 * read-only write (permission-denied, nothing stored, that copy diverged).
 */
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../contracts/wire";

export interface RoomLimits {
  /** One binary frame (MAX_MESSAGE_BYTES): 1 MiB. */
  maxMessageBytes: number;
  /** Messages per second a socket may send, sustained (ROOM_MESSAGES_PER_SECOND): 500. */
  messagesPerSecond: number;
  /** Messages a socket may send at once (ROOM_MESSAGE_BURST): 5,000. */
  messageBurst: number;
  /** Bytes per second a socket may send, sustained (ROOM_BYTES_PER_SECOND): 1 MiB. */
  bytesPerSecond: number;
  /** Bytes a socket may send at once (ROOM_BYTES_BURST): 2 MiB, and never below one frame. */
  bytesBurst: number;
  /** Sync step-1 requests per socket per minute, each answered with a full diff (ROOM_SYNC_REQUESTS_PER_MINUTE): 10. */
  syncRequestsPerMinute: number;
  /** Content of the code doc: text in UTF-16 code units (a byte per ASCII character), other values about their JSON size (ROOM_MAX_CODE_BYTES): 2 MiB. */
  maxCodeBytes: number;
  /** Root types plus keys of root maps, in any doc (ROOM_MAX_ROOT_ENTRIES): 10,000. */
  maxRootEntries: number;
  /** Nesting of types, a root type being depth 1, in any doc (ROOM_MAX_DEPTH): 64. */
  maxDepth: number;
}

const MiB = 1024 * 1024;

/** Every limit: its environment variable and default. */
export const LIMIT_VARS: { [K in keyof RoomLimits]: readonly [string, number] } = {
  maxMessageBytes: ["MAX_MESSAGE_BYTES", DEFAULT_MAX_MESSAGE_BYTES],
  messagesPerSecond: ["ROOM_MESSAGES_PER_SECOND", 500],
  messageBurst: ["ROOM_MESSAGE_BURST", 5_000],
  bytesPerSecond: ["ROOM_BYTES_PER_SECOND", MiB],
  bytesBurst: ["ROOM_BYTES_BURST", 2 * MiB],
  syncRequestsPerMinute: ["ROOM_SYNC_REQUESTS_PER_MINUTE", 10],
  maxCodeBytes: ["ROOM_MAX_CODE_BYTES", 2 * MiB],
  maxRootEntries: ["ROOM_MAX_ROOT_ENTRIES", 10_000],
  maxDepth: ["ROOM_MAX_DEPTH", 64],
};

export function readLimits(env: object): RoomLimits {
  const vars = env as Record<string, unknown>;
  const limits = {} as RoomLimits;
  for (const [key, [name, fallback]] of Object.entries(LIMIT_VARS) as Array<[keyof RoomLimits, readonly [string, number]]>) {
    const value = Number(vars[name]);
    limits[key] = Number.isFinite(value) && value > 0 ? value : fallback;
  }
  limits.bytesBurst = Math.max(limits.bytesBurst, limits.maxMessageBytes);
  return limits;
}

/** "2 MiB", "512 KiB", "900 bytes": for refusal reasons. */
export function formatBytes(n: number): string {
  if (n >= MiB && n % (MiB / 4) === 0) return `${n / MiB} MiB`;
  if (n >= 1024 && n % 256 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
