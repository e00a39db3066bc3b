/**
 * Coming back through the same link: the join page remembers the session this browser got from
 * the link (localStorage, per room and link), offers the same name and sends it as `resume`, so the
 * participant is who they were; a resume the server refuses is dropped and the join made afresh.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Join } from "./Join";

const b64 = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const invite = (jti: string) => `${b64({ kind: "invite", v: 1, rid: "r1", role: "interviewer", jti, exp: 9e12 })}.sig`;
const answer = (token: string, name: string) => ({ token, identity: { userId: "u-bea", name, role: "interviewer", color: "#000" }, room: { id: "r1", title: "Screen", expiresAt: 9e12 } });

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function joinAs(link: string, name?: string) {
  const onJoined = vi.fn();
  const { unmount } = render(<Join roomId="r1" invite={link} onJoined={onJoined} />);
  if (name !== undefined) fireEvent.change(screen.getByRole("textbox"), { target: { value: name } });
  fireEvent.click(screen.getByTestId("join"));
  await waitFor(() => expect(onJoined).toHaveBeenCalled());
  unmount();
}

describe("joining again through the same link", () => {
  it("sends the earlier session as resume, under the name given before; another link of the room starts afresh", async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      bodies.push(body);
      return Response.json(answer(`session-${bodies.length}`, body.name));
    });
    await joinAs(invite("inv-1"), "Bea");
    expect(bodies[0]).toEqual({ name: "Bea" });
    expect(localStorage.getItem("duet:resume:r1:inv-1")).toBe(JSON.stringify({ token: "session-1", name: "Bea" }));

    render(<Join roomId="r1" invite={invite("inv-1")} onJoined={() => {}} />);
    expect((screen.getByRole("textbox") as HTMLInputElement).value).toBe("Bea");
    fireEvent.click(screen.getByTestId("join"));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ name: "Bea", resume: "session-1" });
  });

  it("a refused resume is forgotten and the join made without it", async () => {
    localStorage.setItem("duet:resume:r1:inv-2", JSON.stringify({ token: "stale", name: "Bea" }));
    const bodies: { resume?: string }[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      bodies.push(body);
      return body.resume
        ? Response.json({ error: { code: "bad_request", message: "resume: token signature is invalid" } }, { status: 400 })
        : Response.json(answer("fresh", body.name));
    });
    await joinAs(invite("inv-2"));
    expect(bodies.map((b) => b.resume ?? null)).toEqual(["stale", null]);
    expect(JSON.parse(localStorage.getItem("duet:resume:r1:inv-2") ?? "null")).toEqual({ token: "fresh", name: "Bea" });
  });
});
