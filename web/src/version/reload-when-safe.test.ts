/**
 * The reload after a deploy waits until the room holds everything typed here: the room's own answer
 * to a sync question (server-copy.ts), never a timer. The "room" is a real Y.Doc answering the
 * y-websocket frames the page sends, over a link whose delivery a test can hold back, as a slow
 * connection does.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { MESSAGE_SYNC, SYNC_STEP1, SYNC_UPDATE } from "../../../contracts/wire";
import { IDLE_MS, RELOADED_KEY, ReloadWhenSafe, type ReloadPhase } from "./reload-when-safe";
import { probeStateVector, roomHoldsAll, ServerCopy } from "./server-copy";

/** A page's copy linked to a room's doc by a socket that delivers in order, or holds everything while `held`. */
function linked() {
  const room = new Y.Doc();
  const page = new Y.Doc();
  const queue: Uint8Array[] = [];
  let held = false;
  const listeners = new Set<() => void>();
  const ws = {
    send(frame: Uint8Array) {
      queue.push(frame);
      if (!held) flush();
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
  };
  const provider = { ws, wsconnected: true, synced: true, on() {}, off() {} } as unknown as WebsocketProvider;
  const copy = new ServerCopy(provider, page);
  function flush() {
    for (const frame of queue.splice(0)) {
      const d = decoding.createDecoder(frame);
      decoding.readVarUint(d); // MESSAGE_SYNC
      const step = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (step === SYNC_STEP1) {
        const answer = Y.encodeStateAsUpdate(room, payload);
        queueMicrotask(() => copy.answered(answer));
      } else Y.applyUpdate(room, payload);
    }
  }
  page.on("update", (u: Uint8Array, origin: unknown) => {
    if (origin === "room") return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, u);
    ws.send(encoding.toUint8Array(e));
  });
  return {
    room, page, copy,
    hold: () => (held = true),
    release: () => ((held = false), flush()),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function plan(copy: ServerCopy, over: { runGoing?: () => boolean; reason?: string; now?: () => number } = {}) {
  const phases: ReloadPhase[] = [];
  const reload = vi.fn();
  const p = new ReloadWhenSafe({
    copies: () => [copy], runGoing: over.runGoing ?? (() => false), reason: over.reason ?? "3", reload, onPhase: (ph) => phases.push(ph), now: over.now,
  });
  return { p, phases, reload };
}

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.useRealTimers());

describe("whether the room holds all of a copy", () => {
  it("answers from the room's own state: typed text, a deletion, another writer's edit", () => {
    const { room, page } = linked();
    const text = page.getText("code:python");
    text.insert(0, "print(1)");
    expect(roomHoldsAll(page, Y.encodeStateAsUpdate(room, probeStateVector(page)))).toBe(true);

    const lagging = new Y.Doc();
    Y.applyUpdate(lagging, Y.encodeStateAsUpdate(room));
    text.delete(0, 5); // a deletion adds no clock: only the delete sets tell
    expect(roomHoldsAll(page, Y.encodeStateAsUpdate(lagging, probeStateVector(page)))).toBe(false);
    expect(roomHoldsAll(page, Y.encodeStateAsUpdate(room, probeStateVector(page)))).toBe(true);

    const offline = new Y.Doc(); // an edit from this page's last visit, kept offline, that the room never got
    offline.getText("code:python").insert(0, "# kept offline\n");
    Y.applyUpdate(page, Y.encodeStateAsUpdate(offline), "room");
    expect(roomHoldsAll(page, Y.encodeStateAsUpdate(lagging, probeStateVector(page)))).toBe(false);
  });

  it("asks for one item per writer, not the document", () => {
    const { room, page } = linked();
    page.getText("code:python").insert(0, "x".repeat(50_000));
    const answer = Y.encodeStateAsUpdate(room, probeStateVector(page));
    expect(roomHoldsAll(page, answer)).toBe(true);
    expect(answer.byteLength).toBeLessThan(100);
  });
});

describe("the reload after a deploy", () => {
  it("does not happen while what was typed is still on its way; it does once the room has it", async () => {
    const l = linked();
    const { p, phases, reload } = plan(l.copy);
    l.hold();
    l.page.getText("code:python").insert(0, "typed during the deploy");
    p.now();
    await settle();
    expect(reload).not.toHaveBeenCalled(); // the question itself is held behind the edit: no answer, no reload
    l.release(); // the edit arrives first, then the question: the answer holds it
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(l.room.getText("code:python").toString()).toBe("typed during the deploy");
    expect(phases.at(-1)).toBe("reloading");
    expect(sessionStorage.getItem(RELOADED_KEY)).toBe("3");
  });

  it("waits for a run the participant started", async () => {
    const l = linked();
    let going = true;
    const { p, phases, reload } = plan(l.copy, { runGoing: () => going });
    p.now();
    await settle();
    expect(phases).toEqual(["run"]);
    going = false;
    await p.check();
    expect(reload).toHaveBeenCalledOnce();
  });

  it("by itself only in a pause in the typing", async () => {
    const l = linked();
    let t = 1_000;
    const { p, reload } = plan(l.copy, { now: () => t });
    l.page.getText("code:python").insert(0, "a");
    await p.check();
    expect(reload).not.toHaveBeenCalled();
    t += IDLE_MS;
    await p.check();
    expect(reload).toHaveBeenCalledOnce();
  });

  it("a tab that already reloaded for this version (a cached bundle) only offers the button", async () => {
    sessionStorage.setItem(RELOADED_KEY, "3");
    const l = linked();
    let t = 1_000;
    const { p, phases, reload } = plan(l.copy, { now: () => (t += IDLE_MS) });
    expect(p.automatic).toBe(false);
    await p.check();
    expect(phases).toEqual(["waiting"]);
    expect(reload).not.toHaveBeenCalled();
    p.now();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
  });
});
