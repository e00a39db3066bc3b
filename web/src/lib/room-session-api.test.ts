/**
 * Signing out at this browser also forgets the rooms the account entered here: their cookies are
 * cleared (DELETE …/session) and they leave this browser's list; rooms joined by link as someone
 * else stay.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { knownRooms, rememberRoom } from "./known-rooms";
import { forgetRoomCookiesOf } from "./room-session-api";

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("signing out", () => {
  it("clears the cookies of the account's rooms only", async () => {
    rememberRoom({ roomId: "mine", title: "Mine", role: "interviewer" });
    rememberRoom({ roomId: "link", title: "By link", role: "candidate" });
    const deleted: string[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      const id = String(url).split("/")[3];
      if (init.method === "DELETE") {
        deleted.push(id);
        return Response.json({ forgotten: true });
      }
      const userId = id === "mine" ? "acct-1" : "someone";
      return Response.json({ identity: { userId, name: "N", role: "interviewer", color: "#123456" }, room: { id, title: id, createdAt: 1, expiresAt: 9e12, endedAt: null }, status: "live", sessionExpiresAt: 9e12 });
    });
    await forgetRoomCookiesOf("acct-1");
    expect(deleted).toEqual(["mine"]);
    expect(knownRooms().map((r) => r.roomId)).toEqual(["link"]);
  });
});
