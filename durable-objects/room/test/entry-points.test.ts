/** The Room's surface: only entry points and commands are callable from outside; failures are logged alike. */
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ProtocolError } from "../frames";
import { guarded } from "../guard";
import { uniqueRoom } from "../../../test/workerd/room-client";

afterEach(() => vi.restoreAllMocks());

describe("the Room's entry points", () => {
  it("lifecycle hooks cannot be called over RPC (a second load would double every log write); commands can", async () => {
    const stub = env.ROOM.get(env.ROOM.idFromName(uniqueRoom("rpc")));
    const hooks = stub as unknown as Record<string, () => Promise<unknown>>;
    for (const hook of ["onLoad", "onConnect", "onMessage", "onClose", "onAlarm", "load", "expire"]) {
      const answer = await hooks[hook]().then(() => "answered", (e: Error) => e.message);
      expect(answer).toBe(`The RPC receiver does not implement "${hook}".`);
    }
    expect(Object.keys(await stub.stateVectors()).sort()).toEqual(["code", "private", "state"]);
  });

  it("a failing hook is logged as one JSON line with the room and the entry point, then answered its way", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    expect(await guarded("room-1", "webSocketClose", () => { throw new Error("boom"); }, () => "answered")).toBe("answered");
    expect(await guarded("room-1", "alarm", async () => "fine", () => "answered")).toBe("fine");
    const rethrown = await guarded("room-1", "alarm", () => Promise.reject(new Error("disk")), (e) => { throw e; }).catch((e: Error) => e.message);
    expect(rethrown).toBe("disk");
    // A client's malformed frame is answered (closed 1002), not logged as the room's failure.
    expect(await guarded("room-1", "webSocketMessage", () => { throw new ProtocolError("bad frame"); }, (e) => (e as Error).message)).toBe("bad frame");
    // The shared log line (contracts/log.ts): time, level, a stable event name, the room id.
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: "error", msg: "webSocketClose_failed", roomId: "room-1", error: "Error: boom" },
      { ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: "error", msg: "alarm_failed", roomId: "room-1", error: "Error: disk" },
    ]);
  });
});
