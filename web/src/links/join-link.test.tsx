/**
 * The join page asks what its link leads to before asking a name: a refused link says why, in the
 * catalogue's words and with what to do next, and the server's developer sentence never reaches
 * the page; a good link names the interview and the role; a join refused for the link's sake (a
 * single-use link another browser took meanwhile) turns into the same explanation.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Join } from "../pages/Join";

const b64 = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const invite = `${b64({ kind: "invite", v: 1, rid: "r1", role: "candidate", jti: "inv-1", exp: 9e12 })}.sig`;
const notice = { room: { id: "r1", title: "Backend screen", expiresAt: 9e12, createdAt: 1 }, identity: null, record: { retentionDays: 30, privacyUrl: null } };
const refusal = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });

afterEach(() => vi.unstubAllGlobals());

/** A good link whose join the server answers with `answer`: the name typed, the button pressed. */
async function joinRefused(answer: Response): Promise<void> {
  vi.stubGlobal("fetch", async (url: string) => {
    if (String(url).endsWith("/invite-info")) return Response.json({ title: "Backend screen", role: "candidate", status: "open", singleUse: true });
    return String(url).endsWith("/join") ? answer : Response.json(notice);
  });
  render(<Join roomId="r1" invite={invite} onJoined={vi.fn()} />);
  fireEvent.change(await screen.findByRole("textbox"), { target: { value: "Cam" } });
  fireEvent.click(screen.getByTestId("join"));
}

const REFUSALS = [
  [401, "link_invalid", "token signature is invalid", /isn't valid/, /send it again/],
  [403, "link_revoked", "this link was revoked", /turned off/, /Ask them for a new link/],
  [409, "link_used", "this single-use link was already used by another browser", /already used/, /browser you used before/],
  [403, "room_ended", "this interview has ended", /is over/, /contact your interviewer/],
  [403, "room_expired", "this room has expired", /room has expired/, /set up a new one/],
  [404, "room_not_found", "no such room", /couldn't find/, /whole link/],
] as const;

describe("the join page's link check", () => {
  it.each(REFUSALS)("%s %s: says why and what next, before any name field, without the server's words", async (status, code, raw, title, next) => {
    vi.stubGlobal("fetch", async () => refusal(status, code, raw));
    render(<Join roomId="r1" invite={invite} onJoined={vi.fn()} />);
    const refused = await screen.findByTestId("link-refused");
    expect(refused.textContent).toMatch(title);
    expect(refused.textContent).toMatch(next);
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(document.body.textContent).not.toContain(raw);
  });

  it("names the interview and the role before the name is asked", async () => {
    vi.stubGlobal("fetch", async (url: string) =>
      String(url).endsWith("/invite-info") ? Response.json({ title: "Backend screen", role: "candidate", status: "open", singleUse: true }) : Response.json(notice));
    render(<Join roomId="r1" invite={invite} onJoined={vi.fn()} />);
    expect((await screen.findByTestId("link-summary")).textContent).toMatch(/You're joining “Backend screen” as the candidate\..*one browser only/);
    expect(screen.getByRole("textbox")).toBeTruthy();
  });

  it("a join the link refuses meanwhile shows the link's explanation instead of the form", async () => {
    await joinRefused(refusal(409, "link_used", "this single-use link was already used by another browser"));
    await waitFor(() => expect(screen.getByTestId("link-refused").getAttribute("data-code")).toBe("link_used"));
    expect(document.body.textContent).not.toContain("another browser");
  });

  it("a name the server refuses is explained by the rule, not the server's words", async () => {
    await joinRefused(refusal(400, "bad_request", "name: must contain a visible character"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/at least one letter or digit/);
    expect(document.body.textContent).not.toContain("visible character");
  });
});
