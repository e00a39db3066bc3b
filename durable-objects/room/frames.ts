/**
 * Encoders and decoders for the y-websocket frames the Room sends and reads (grammar in
 * contracts/wire.ts). Decoding is strict: a frame with a bad varint, a short payload or trailing
 * bytes is a ProtocolError, which closes that one socket and leaves the room untouched.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import {
  AUTH_PERMISSION_DENIED,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
} from "../../contracts/wire";

export class ProtocolError extends Error {}

export type ClientFrame =
  | { type: "sync-step1"; stateVector: Uint8Array }
  | { type: "sync-step2"; update: Uint8Array }
  | { type: "sync-update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" };

export function readClientFrame(bytes: Uint8Array): ClientFrame {
  const decoder = decoding.createDecoder(bytes);
  const frame = guard(() => readFrame(decoder));
  if (decoding.hasContent(decoder)) throw new ProtocolError("trailing bytes after message");
  return frame;
}

function readFrame(decoder: decoding.Decoder): ClientFrame {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP1) return { type: "sync-step1", stateVector: payload };
      if (step === SYNC_STEP2) return { type: "sync-step2", update: payload };
      if (step === SYNC_UPDATE) return { type: "sync-update", update: payload };
      throw new ProtocolError(`unknown sync step ${step}`);
    }
    case MESSAGE_AWARENESS:
      return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
    case MESSAGE_QUERY_AWARENESS:
      return { type: "query-awareness" };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

/** lib0 throws plain Errors (or RangeErrors) on short input; turn them into protocol errors. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ProtocolError) throw e;
    throw new ProtocolError(`malformed message: ${(e as Error).message}`);
  }
}

export function syncFrame(step: typeof SYNC_STEP1 | typeof SYNC_STEP2 | typeof SYNC_UPDATE, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function permissionDeniedFrame(reason: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AUTH);
  encoding.writeVarUint(e, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(e, reason);
  return encoding.toUint8Array(e);
}

/** One awareness entry: the client's id, its Lamport-ish clock, and its state (JSON text, or null when it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string | null;
}

export function readAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  return guard(() => {
    const d = decoding.createDecoder(update);
    const n = decoding.readVarUint(d);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < n; i++) {
      const clientId = decoding.readVarUint(d);
      const clock = decoding.readVarUint(d);
      const json = decoding.readVarString(d);
      entries.push({ clientId, clock, state: json === "null" ? null : json });
    }
    if (decoding.hasContent(d)) throw new ProtocolError("trailing bytes after awareness update");
    return entries;
  });
}

export function writeAwarenessUpdate(entries: AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, state ?? "null");
  }
  return encoding.toUint8Array(e);
}
