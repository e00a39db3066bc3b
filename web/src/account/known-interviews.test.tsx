/**
 * "Your interviews" without an account: the rooms this browser created or joined, each as the
 * server says this browser's cookie still stands in it (live, ended); one it refuses leaves the
 * list; "Forget" clears the room's cookie (DELETE …/session) and the entry.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { knownRooms, rememberRoom } from "../lib/known-rooms";
import { KnownInterviews } from "./KnownInterviews";

const session = (id: string, role: string, endedAt: number | null) => ({
  identity: { userId: `u-${id}`, name: "Ivy", role, color: "#123456" },
  room: { id, title: `Room ${id}`, createdAt: 1, expiresAt: 9e12, endedAt },
  status: endedAt ? "ended" : "live",
  sessionExpiresAt: 9e12,
});

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("this browser's interviews", () => {
  it("lists live and ended rooms with their links, drops the ones the server refuses, and forgets on request", async () => {
    rememberRoom({ roomId: "live1", title: "Room live1", role: "interviewer" });
    rememberRoom({ roomId: "done1", title: "Room done1", role: "interviewer" });
    rememberRoom({ roomId: "gone1", title: "Room gone1", role: "candidate" });
    rememberRoom({ roomId: "cand1", title: "Room cand1", role: "candidate" });
    const calls: string[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      calls.push(`${init.method} ${url}`);
      const id = String(url).split("/")[3];
      if (init.method === "DELETE") return Response.json({ forgotten: true });
      if (id === "gone1") return Response.json({ error: { code: "forbidden", message: "this link was revoked" } }, { status: 403 });
      return Response.json(session(id, id === "cand1" ? "candidate" : "interviewer", id === "done1" ? 2 : null));
    });
    render(<KnownInterviews navigate={() => {}} />);
    await waitFor(() => expect(screen.getAllByTestId("known-interview")).toHaveLength(3));
    const rows = screen.getAllByTestId("known-interview");
    expect(rows.map((r) => [r.dataset.roomId, r.dataset.status])).toEqual([["cand1", "open"], ["done1", "ended"], ["live1", "open"]]);
    expect(knownRooms().map((r) => r.roomId)).not.toContain("gone1");
    // Interviewers get the record: the replay and the scorecard; the candidate only the room.
    expect(rows[1].querySelector('[data-testid="known-replay"]')?.getAttribute("href")).toBe("/r/done1/replay");
    expect(rows[1].querySelector('[data-testid="known-scorecard"]')?.getAttribute("href")).toBe("/r/done1/replay?tab=scorecard");
    expect(rows[0].querySelector('[data-testid="known-replay"]')).toBeNull();
    expect(rows[0].querySelector('[data-testid="open-known-interview"]')?.getAttribute("href")).toBe("/r/cand1");

    fireEvent.click(rows[2].querySelector('[data-testid="forget-interview"]') as HTMLElement);
    await waitFor(() => expect(screen.getAllByTestId("known-interview")).toHaveLength(2));
    expect(calls).toContain("DELETE /api/rooms/live1/session");
    expect(knownRooms().map((r) => r.roomId)).toEqual(["cand1", "done1"]);
  });
});
