/**
 * The join page and this browser's durable room session (its HttpOnly cookie): joining keeps no
 * token in localStorage (the cookie brings the participant back); a browser already in the room
 * that opens a link of it is offered to continue as who it is, not silently made someone else.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RoomSessionResponse } from "../../../contracts/room-session";
import { knownRooms } from "../lib/known-rooms";
import { Join } from "./Join";

const b64 = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const invite = `${b64({ kind: "invite", v: 1, rid: "r1", role: "candidate", jti: "inv-1", exp: 9e12 })}.sig`;
const ivy = { userId: "u-ivy", name: "Ivy", role: "interviewer" as const, color: "#123456" };
const existing: RoomSessionResponse = {
  identity: ivy, room: { id: "r1", title: "Screen", createdAt: 1, expiresAt: 9e12, endedAt: null }, status: "live", sessionExpiresAt: 9e12,
};

/** What the join page asks before joining: where the link leads, and the recording notice. */
function answerOther(url: string): Response {
  if (url.endsWith("/invite-info")) return Response.json({ title: "Screen", role: "candidate", status: "open", singleUse: false });
  return Response.json({ room: { id: "r1", title: "Screen", expiresAt: 9e12, createdAt: 1 }, identity: null, record: { retentionDays: 30, privacyUrl: null } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

describe("the join page", () => {
  it("joins with the name alone and keeps no token in localStorage; the room is remembered without secrets", async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      if (!String(url).endsWith("/join")) return answerOther(url);
      bodies.push(JSON.parse(String(init.body)));
      return Response.json({ token: "session-1", identity: { ...ivy, name: "Bea", role: "candidate" }, room: { id: "r1", title: "Screen", expiresAt: 9e12 } });
    });
    const onJoined = vi.fn();
    render(<Join roomId="r1" invite={invite} onJoined={onJoined} />);
    fireEvent.change(await screen.findByRole("textbox"), { target: { value: "Bea" } });
    fireEvent.click(screen.getByTestId("join"));
    await waitFor(() => expect(onJoined).toHaveBeenCalled());
    expect(bodies).toEqual([{ name: "Bea" }]);
    expect(JSON.stringify({ ...localStorage })).not.toContain("session-1");
    expect(knownRooms()).toEqual([expect.objectContaining({ roomId: "r1", title: "Screen", role: "candidate" })]);
  });

  it("a browser already in the room is offered to continue as who it is, without a token in the page", async () => {
    const fetch = vi.fn(async (url: string) => answerOther(url));
    vi.stubGlobal("fetch", fetch);
    const onJoined = vi.fn();
    render(<Join roomId="r1" invite={invite} existing={existing} onJoined={onJoined} />);
    expect(screen.getByTestId("continue-as").textContent).toContain("Ivy");
    // The link's form is still there, with the same name offered.
    expect(((await screen.findByRole("textbox")) as HTMLInputElement).value).toBe("Ivy");
    fireEvent.click(screen.getByTestId("continue"));
    expect(onJoined).toHaveBeenCalledWith({ token: "", identity: ivy, title: "Screen" });
    expect(fetch.mock.calls.filter(([url]) => String(url).includes("/join"))).toEqual([]);
    expect(sessionStorage.getItem("duet:session:r1")).toBeNull();
  });
});
