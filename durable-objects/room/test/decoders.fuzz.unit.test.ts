/**
 * Property tests of every decoder a client's bytes meet: the frame reader, the awareness reader,
 * the update and state-vector readers. Inputs: valid frames and updates, their truncations, their
 * bit flips, and random bytes. A decoder either throws ProtocolError or returns a result that
 * accounts for every byte (never a partial one); an update it accepts is one Yjs applies whole.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE } from "../../../contracts/wire";
import {
  ProtocolError, awarenessFrame, readAwarenessUpdate, readClientFrame, syncFrame, writeAwarenessUpdate, type ClientFrame,
} from "../frames";
import { readStateVector, readUpdate } from "../update-check";
import { sampleUpdates } from "./yjs-samples";

const updates = sampleUpdates();
const stateVectors = updates.map((u) => Y.encodeStateVectorFromUpdate(u));
const awareness = [
  writeAwarenessUpdate([{ clientId: 42, clock: 3, state: JSON.stringify({ user: { name: "Ann" }, selection: null }) }]),
  writeAwarenessUpdate([
    { clientId: 2 ** 32 - 1, clock: 0, state: null },
    { clientId: 7, clock: 900, state: "{\"cursor\":{\"anchor\":{\"tname\":\"code:python\",\"assoc\":0}}}" },
  ]),
];
const frames = [
  ...updates.map((u) => syncFrame(SYNC_UPDATE, u)),
  ...updates.slice(0, 3).map((u) => syncFrame(SYNC_STEP2, u)),
  ...stateVectors.map((sv) => syncFrame(SYNC_STEP1, sv)),
  ...awareness.map(awarenessFrame),
  new Uint8Array([3]),
];

/** A valid input, then: as is, truncated, with 1-4 bits flipped, or random bytes. */
function mutated(valid: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const pick = fc.constantFrom(...valid);
  return fc.oneof(
    pick.chain((v) => fc.nat({ max: v.length - 1 }).map((n) => v.slice(0, n))),
    pick.chain((v) =>
      fc.array(fc.tuple(fc.nat({ max: v.length - 1 }), fc.nat({ max: 7 })), { minLength: 1, maxLength: 4 }).map((flips) => {
        const out = v.slice();
        for (const [at, bit] of flips) out[at] ^= 1 << bit;
        return out;
      }),
    ),
    fc.uint8Array({ maxLength: 64 }),
  );
}

/** Runs `read`; anything thrown must be a ProtocolError. Returns the result or null. */
function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof ProtocolError)) throw new Error(`threw ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
    return null;
  }
}

/** The payload a frame carries ends exactly where the frame does. */
function payloadOf(frame: ClientFrame): Uint8Array | null {
  if (frame.type === "sync-step1") return frame.stateVector;
  return frame.type === "query-awareness" ? null : frame.update;
}

describe("decoders under fuzzing", () => {
  it("client frames: a protocol error or the whole frame (25,000 cases)", () => {
    fc.assert(
      fc.property(mutated(frames), (bytes) => {
        const frame = attempt(() => readClientFrame(bytes));
        if (!frame) return;
        const payload = payloadOf(frame);
        if (payload) expect(payload.byteOffset + payload.byteLength).toBe(bytes.byteOffset + bytes.byteLength);
        else expect(bytes.byteLength).toBe(1);
      }),
      { numRuns: 25_000, seed: 1001 },
    );
  });

  it("every truncation of a valid frame is a protocol error", () => {
    for (const f of frames) for (let n = 0; n < f.length; n++) expect(() => readClientFrame(f.slice(0, n))).toThrow(ProtocolError);
  });

  it("awareness updates: a protocol error or entries that encode back to an equal list (20,000 cases)", () => {
    fc.assert(
      fc.property(mutated(awareness), (bytes) => {
        const entries = attempt(() => readAwarenessUpdate(bytes));
        if (!entries) return;
        for (const e of entries) expect(Number.isSafeInteger(e.clientId) && Number.isSafeInteger(e.clock)).toBe(true);
        expect(readAwarenessUpdate(writeAwarenessUpdate(entries))).toEqual(entries);
      }),
      { numRuns: 20_000, seed: 1002 },
    );
  });

  it("Yjs updates: a protocol error, or an update Yjs applies whole to a doc that has some of it (20,000 cases)", () => {
    const base = updates[0];
    fc.assert(
      fc.property(mutated(updates), fc.boolean(), (bytes, withBase) => {
        if (!attempt(() => readUpdate(bytes))) return;
        const doc = new Y.Doc();
        if (withBase) Y.applyUpdate(doc, base);
        Y.applyUpdate(doc, bytes); // throws (and fails the property) if Yjs would stop halfway
        Y.encodeStateAsUpdate(doc);
      }),
      { numRuns: 20_000, seed: 1003 },
    );
  });

  it("state vectors: a protocol error or every byte read (10,000 cases)", () => {
    fc.assert(
      fc.property(mutated(stateVectors), (bytes) => {
        const sv = attempt(() => readStateVector(bytes));
        if (sv) expect(readStateVector(Y.encodeStateVector(sv))).toEqual(sv);
      }),
      { numRuns: 10_000, seed: 1004 },
    );
  });
});
