/**
 * A refused copy keeps the participant's edits: the room refuses this browser's copy of the code,
 * the connection starts over from the room's copy, and what the participant wrote is kept (in
 * localStorage, across reloads) until they restore it — merged with what others wrote since — or
 * dismiss it. The room is played by a Y.Doc; the connection never opens a socket.
 */
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { AUTH_PERMISSION_DENIED, CLOSE, MESSAGE_AUTH, WRITE_NOT_SAVED, type Identity } from "../../../contracts/wire";
import { RoomConnection } from "./connection";
import { differing, loadUnsaved, refusedEdits, restoredText } from "./unsaved-edits";
import { CODE_KEY_PREFIX, codeText } from "../../../contracts/room-state";

const me: Identity = { userId: "cand-1", name: "Ada", role: "candidate", color: "#123456" };
const STARTERS = { python: "def solve():\n    pass\n", java: "class Main {}\n" };

let room: Y.Doc;
beforeEach(() => {
  localStorage.clear();
  room = new Y.Doc();
  for (const [lang, text] of Object.entries(STARTERS)) room.getText(CODE_KEY_PREFIX + lang).insert(0, text);
});

/** A copy that synced with the room, then took the participant's edit of the Python buffer. */
function editedCopy(): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
  codeText(copy, "python").insert(0, "# my approach\n");
  return copy;
}
const interviewerAppends = () => codeText(room, "python").insert(codeText(room, "python").length, "# interviewer: and tests?\n");

describe("what is kept of a refused copy", () => {
  it("only the buffers the participant changed, not those that others changed since", () => {
    const copy = editedCopy();
    codeText(room, "java").insert(0, "// someone else\n");
    expect(Object.keys(refusedEdits(copy, room))).toEqual(["python"]);
    expect(refusedEdits(copy, room).python.text).toBe(`# my approach\n${STARTERS.python}`);
  });

  it("restores as a merge: the participant's change and what others wrote since both stay", () => {
    const kept = refusedEdits(editedCopy(), room);
    interviewerAppends();
    expect(restoredText(room, "python", kept.python)).toBe(`# my approach\n${STARTERS.python}# interviewer: and tests?\n`);
    expect(restoredText(room, "python", { text: "plain" })).toBe("plain");
    expect(differing({ python: { text: codeText(room, "python").toString() }, java: { text: "x" } }, room)).toEqual({ java: { text: "x" } });
  });
});

describe("RoomConnection, when the room refuses its copy", () => {
  let conn: RoomConnection;
  afterEach(() => conn.destroy());

  function deny(reason: string) {
    const { codeProvider } = conn.snapshot();
    const message = encoding.encode((e) => {
      encoding.writeVarUint(e, AUTH_PERMISSION_DENIED);
      encoding.writeVarString(e, reason);
    });
    const handlers = (codeProvider as unknown as { messageHandlers: ((...a: unknown[]) => void)[] }).messageHandlers;
    handlers[MESSAGE_AUTH](encoding.createEncoder(), decoding.createDecoder(message), codeProvider, false, MESSAGE_AUTH);
  }
  /** The room answers the fresh copy's sync. */
  function roomSyncs() {
    const { code, codeProvider } = conn.snapshot();
    Y.applyUpdate(code, Y.encodeStateAsUpdate(room));
    codeProvider.synced = true;
  }

  it("keeps the edits, shows them after a reload, and restores them as a fresh edit", () => {
    conn = new RoomConnection("room-1", "token", me, "http://127.0.0.1:1");
    const first = conn.snapshot().code;
    Y.applyUpdate(first, Y.encodeStateAsUpdate(editedCopy()));
    const mine = codeText(first, "python").toString();

    deny("your copy of code holds changes the room refused; reload to edit again");
    const fresh = conn.snapshot().code;
    expect(fresh).not.toBe(first);
    // Stored before the room answers: a page closed now loses nothing.
    expect(Object.keys(loadUnsaved("room-1", me.userId)!.buffers).sort()).toEqual(["java", "python"]);

    interviewerAppends();
    roomSyncs();
    expect(Object.keys(conn.snapshot().unsaved!.buffers)).toEqual(["python"]);
    expect(conn.snapshot().unsaved!.buffers.python.text).toBe(mine);
    expect(codeText(fresh, "python").toString()).not.toContain("my approach");

    const reloaded = new RoomConnection("room-1", "token", me, "http://127.0.0.1:1");
    expect(reloaded.snapshot().unsaved!.buffers.python.text).toBe(mine);
    reloaded.destroy();

    const written: Uint8Array[] = [];
    fresh.on("update", (u: Uint8Array) => written.push(u));
    expect(conn.restoreUnsaved("python")).toBe(true);
    expect(codeText(fresh, "python").toString()).toBe(`# my approach\n${STARTERS.python}# interviewer: and tests?\n`);
    // A fresh edit: the room can take it from this copy's client id.
    expect(written.every((u) => [...Y.parseUpdateMeta(u).to.keys()].every((c) => c === fresh.clientID))).toBe(true);
    expect(conn.snapshot().unsaved).toBeNull();
    expect(loadUnsaved("room-1", me.userId)).toBeNull();
  });

  it("does not restore before the fresh copy has the room's state; dismissing forgets the edits", () => {
    conn = new RoomConnection("room-2", "token", me, "http://127.0.0.1:1");
    Y.applyUpdate(conn.snapshot().code, Y.encodeStateAsUpdate(editedCopy()));
    deny("code is read-only for you; your change was not saved");
    expect(conn.restoreUnsaved("python")).toBe(false);
    roomSyncs();
    expect(conn.snapshot().unsaved!.buffers).toHaveProperty("python");
    conn.dismissUnsaved("python");
    expect(conn.snapshot().unsaved).toBeNull();
    expect(loadUnsaved("room-2", me.userId)).toBeNull();
  });

  it("a document limit, someone else's client id, or a change too big for one message: the copy is replaced, the edits kept", () => {
    const refusals: Array<[string, () => void]> = [
      ["limit", () => deny(`code is over its 2 MiB content limit; ${WRITE_NOT_SAVED}`)],
      ["foreign", () => deny(`client 1234 belongs to another participant; ${WRITE_NOT_SAVED}`)],
      ["too big", () => (conn.snapshot().codeProvider as unknown as { emit(n: string, a: unknown[]): void }).emit("connection-close", [{ code: CLOSE.MESSAGE_TOO_BIG, reason: "" }])],
    ];
    for (const [why, refuse] of refusals) {
      localStorage.clear();
      conn = new RoomConnection(`room-${why}`, "token", me, "http://127.0.0.1:1");
      const first = conn.snapshot().code;
      Y.applyUpdate(first, Y.encodeStateAsUpdate(editedCopy()));
      refuse();
      expect({ why, replaced: conn.snapshot().code !== first }).toEqual({ why, replaced: true });
      roomSyncs();
      expect({ why, kept: conn.snapshot().unsaved?.buffers.python?.text }).toEqual({ why, kept: codeText(first, "python").toString() });
      conn.destroy();
    }
    conn = new RoomConnection("room-x", "token", me, "http://127.0.0.1:1");
  });

  it("refusals that change nothing of the copy keep it: a sync request over its rate, someone else's caret", () => {
    conn = new RoomConnection("room-4", "token", me, "http://127.0.0.1:1");
    const first = conn.snapshot().code;
    deny("too many sync requests: at most 10 a minute; this one was not answered");
    deny("awareness client 5 belongs to another participant");
    expect(conn.snapshot().code).toBe(first);
    expect(conn.snapshot().notice).not.toBeNull(); // told, all the same
  });

  it("a copy with nothing of the participant's keeps nothing", () => {
    conn = new RoomConnection("room-3", "token", me, "http://127.0.0.1:1");
    Y.applyUpdate(conn.snapshot().code, Y.encodeStateAsUpdate(room));
    deny("your copy of code holds changes the room refused; reload to edit again");
    roomSyncs();
    expect(conn.snapshot().unsaved).toBeNull();
  });
});
