import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { ProtocolError } from "../frames";
import { futureDependencies, isNoop, newStructs, readStateVector, readUpdate, writers } from "../update-check";
import { sampleUpdates } from "./yjs-samples";

/** An update written by hand: one item of `client` at `clock` with the given origin, as text. */
function handWritten(client: number, clock: number, origin: Y.ID | null, parent = "code:python"): Uint8Array {
  const e = new Y.UpdateEncoderV1();
  encoding.writeVarUint(e.restEncoder, 1); // clients
  encoding.writeVarUint(e.restEncoder, 1); // structs
  encoding.writeVarUint(e.restEncoder, client);
  encoding.writeVarUint(e.restEncoder, clock);
  if (origin) {
    e.writeInfo(4 | 0x80); // string content, with an origin
    e.writeLeftID(origin);
  } else {
    e.writeInfo(4);
    e.writeParentInfo(true);
    e.writeString(parent);
  }
  e.writeString("x");
  encoding.writeVarUint(e.restEncoder, 0); // no deletions
  return e.toUint8Array();
}

describe("readUpdate", () => {
  it("reads whatever Yjs writes: text, maps, arrays, nested types, formats, deletions, merged and diff updates", () => {
    for (const u of sampleUpdates()) expect(() => readUpdate(u)).not.toThrow();
  });

  it("refuses every truncation of a real update, which Yjs would have applied up to its deletions", () => {
    const room = new Y.Doc();
    for (const u of sampleUpdates()) {
      for (let n = 0; n < u.length; n++) expect(() => readUpdate(u.slice(0, n)), `${n}/${u.length}`).toThrow(ProtocolError);
    }
    const [first] = sampleUpdates();
    const before = Y.encodeStateVector(room);
    expect(() => Y.applyUpdate(room, first.slice(0, first.length - 1))).toThrow(); // the structs went in, the deletions did not
    expect(Y.encodeStateVector(room)).not.toEqual(before);
  });

  it("refuses trailing bytes, a client listed twice, empty structs and deletions, and items that refer to their own future", () => {
    const [u] = sampleUpdates();
    expect(() => Y.decodeUpdate(new Uint8Array([...u, 0]))).not.toThrow();
    expect(() => readUpdate(new Uint8Array([...u, 0]))).toThrow(/trailing bytes/);
    const selfAhead = handWritten(7, 0, Y.createID(7, 3));
    expect(() => Y.applyUpdate(new Y.Doc(), selfAhead)).toThrow(); // what Yjs does with it, halfway through a transaction
    expect(() => readUpdate(selfAhead)).toThrow(/its own future/);
    expect(() => readUpdate(handWritten(7, 5, Y.createID(7, 5)))).toThrow(/its own future/);
    expect(() => readUpdate(handWritten(7, 5, Y.createID(7, 4)))).not.toThrow();
    const e = new Y.UpdateEncoderV1();
    encoding.writeVarUint(e.restEncoder, 2);
    for (let i = 0; i < 2; i++) {
      encoding.writeVarUint(e.restEncoder, 1);
      encoding.writeVarUint(e.restEncoder, 9);
      encoding.writeVarUint(e.restEncoder, i);
      e.writeInfo(4);
      e.writeParentInfo(true);
      e.writeString("t");
      e.writeString("x");
    }
    encoding.writeVarUint(e.restEncoder, 0);
    expect(() => readUpdate(e.toUint8Array())).toThrow(/listed twice/);
    const emptyDeletion = new Uint8Array([0, 1, 5, 1, 0, 0]); // no structs; client 5 deletes [0, 0+0)
    expect(() => readUpdate(emptyDeletion)).toThrow(/bad deletion range/);
  });
});

describe("what a write does", () => {
  it("a keystroke is new and speaks for its own client; a repeat of it is a no-op", () => {
    const room = new Y.Doc();
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on("update", (u: Uint8Array) => updates.push(u));
    writer.getText("code:python").insert(0, "ab");
    writer.getText("code:python").insert(2, "c");
    const first = readUpdate(updates[0]);
    expect(writers(newStructs(first, room))).toEqual([writer.clientID]);
    expect(isNoop(first, newStructs(first, room), room)).toBe(false);
    Y.applyUpdate(room, updates[0]);
    expect(isNoop(first, newStructs(first, room), room)).toBe(true);
    const second = readUpdate(updates[1]);
    expect(newStructs(second, room)).toHaveLength(1);
  });

  it("a sync reply carrying only deletions the room already has is a no-op; a new deletion is not", () => {
    const room = new Y.Doc();
    const t = room.getText("code:python");
    t.insert(0, "abcdef");
    t.delete(1, 2);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(room));
    const reply = readUpdate(Y.encodeStateAsUpdate(peer, Y.encodeStateVector(room)));
    expect(isNoop(reply, newStructs(reply, room), room)).toBe(true);
    const updates: Uint8Array[] = [];
    peer.on("update", (u: Uint8Array) => updates.push(u));
    peer.getText("code:python").delete(0, 1);
    const deletion = readUpdate(updates[0]);
    expect(newStructs(deletion, room)).toEqual([]);
    expect(isNoop(deletion, [], room)).toBe(false);
  });
});

describe("futureDependencies", () => {
  it("names the clients whose missing edits a write builds on (places items next to, or deletes), not its own", () => {
    const room = new Y.Doc();
    room.clientID = 1;
    room.getText("code:python").insert(0, "ab");
    const deps = (u: Uint8Array) => { const r = readUpdate(u); return [...futureDependencies(r, newStructs(r, room), room)]; };
    expect(deps(handWritten(7, 0, Y.createID(1, 1)))).toEqual([]); // next to "b": the room has it
    expect(deps(handWritten(7, 0, Y.createID(1, 2)))).toEqual([1]); // next to client 1's next character
    expect(deps(handWritten(7, 3, Y.createID(7, 2)))).toEqual([]); // its own earlier edit: a gap of its own
    expect(deps(new Uint8Array([0, 1, 1, 1, 1, 1]))).toEqual([]); // deletes "b"
    expect(deps(new Uint8Array([0, 1, 1, 1, 2, 1]))).toEqual([1]); // deletes client 1's next character
  });
});

describe("readStateVector", () => {
  it("reads a state vector whole; truncations and trailing bytes are protocol errors", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hello");
    const sv = Y.encodeStateVector(doc);
    expect(readStateVector(sv)).toEqual(Y.decodeStateVector(sv));
    for (let n = 0; n < sv.length; n++) expect(() => readStateVector(sv.slice(0, n))).toThrow(ProtocolError);
    expect(() => readStateVector(new Uint8Array([...sv, 1]))).toThrow(ProtocolError);
  });
});
