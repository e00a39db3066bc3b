/**
 * The invite page's answers in words: each refusal of `POST /api/org-invites/accept`
 * (worker/routes/org-invites.ts) — no such link, expired, revoked, used, already a member — and a
 * malformed link, refused before anything is sent. The code goes only in the POST body.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { ApiError } from "../lib/api";
import { inviteRefusal, OrgInvitePage } from "./OrgInvitePage";

const CODE = `${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}.${"A".repeat(43)}`;
const signedIn = { user: { id: "u1", name: "Grace Hopper", email: null }, organizations: [], anonymousRooms: false, signIn: { providers: [], cloudflareAccess: false } };

const PREVIEW = { status: 200, body: { orgName: "Platform hiring", role: "interviewer", expiresAt: Date.now() + 3_600_000 } };

function serve(accept: { status: number; body: unknown }, preview: { status: number; body: unknown } = PREVIEW) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    calls.push({ method: init.method ?? "GET", url, body: init.body ? JSON.parse(String(init.body)) : null });
    if (url === pathTo(ROUTES.me)) return Response.json(signedIn);
    if (url === pathTo(ROUTES.previewOrgInvite)) return Response.json(preview.body, { status: preview.status });
    return Response.json(accept.body, { status: accept.status });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, "", "/");
});

describe("an invite link's refusal", () => {
  const refused = (status: number, code: string, message: string) => inviteRefusal(new ApiError(status, code, message));
  it("says which: no such link, expired, revoked, used, already a member", () => {
    expect(refused(404, "not_found", "no such invite link: check that the whole link was copied")).toMatch(/isn't valid/);
    expect(refused(403, "forbidden", "this invite link has expired: ask an admin of the organisation for a new one")).toMatch(/has expired/);
    expect(refused(403, "forbidden", "this invite link was revoked: ask an admin of the organisation for a new one")).toMatch(/was revoked/);
    expect(refused(403, "forbidden", "this invite link was already used: each link admits one person")).toMatch(/already used/);
    expect(refused(409, "conflict", "you are already a member of this organisation")).toMatch(/already a member/);
  });
});

describe("the invite page", () => {
  it("a malformed link is refused without asking the server", async () => {
    const calls = serve({ status: 200, body: {} });
    history.replaceState(null, "", "/org-invite#not-a-code");
    render(<OrgInvitePage navigate={() => {}} />);
    expect((await screen.findByRole("alert")).textContent).toMatch(/isn't valid/);
    expect(calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("signed in: Join posts the code in the body only; an expired link says so", async () => {
    const calls = serve({ status: 403, body: { error: { code: "forbidden", message: "this invite link has expired: ask an admin of the organisation for a new one" } } });
    history.replaceState(null, "", `/org-invite#${CODE}`);
    render(<OrgInvitePage navigate={() => {}} />);
    fireEvent.click(await screen.findByTestId("accept-invite"));
    expect((await screen.findByTestId("invite-refused")).textContent).toMatch(/has expired/);
    const posts = calls.filter((c) => c.method === "POST");
    expect(posts).toEqual([
      { method: "POST", url: pathTo(ROUTES.previewOrgInvite), body: { invite: CODE } },
      { method: "POST", url: pathTo(ROUTES.acceptOrgInvite), body: { invite: CODE } },
    ]);
    expect(calls.every((c) => !c.url.includes(CODE.split(".")[1]))).toBe(true);
  });

  it("names the team and the role before anyone accepts; a link that can no longer admit anyone says so at once", async () => {
    serve({ status: 200, body: {} });
    history.replaceState(null, "", `/org-invite#${CODE}`);
    const first = render(<OrgInvitePage navigate={() => {}} />);
    expect((await screen.findByTestId("invite-preview")).textContent).toBe("Platform hiring invites you to join as Interviewer.");
    expect((await screen.findByTestId("accept-invite")).textContent).toBe("Join the team");
    first.unmount();

    serve({ status: 200, body: {} }, { status: 403, body: { error: { code: "forbidden", message: "this invite link was revoked: ask an admin of the organisation for a new one" } } });
    render(<OrgInvitePage navigate={() => {}} />);
    expect((await screen.findByTestId("invite-refused")).textContent).toMatch(/was revoked/);
    expect((await screen.findByTestId("accept-invite")).hasAttribute("disabled")).toBe(true);
  });

  it("joined: the code leaves the address and the start page opens", async () => {
    serve({ status: 200, body: { id: "o1", name: "Platform hiring", role: "interviewer" } });
    history.replaceState(null, "", `/org-invite#${CODE}`);
    const navigate = vi.fn();
    render(<OrgInvitePage navigate={navigate} />);
    fireEvent.click(await screen.findByTestId("accept-invite"));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith("/"));
    expect(location.hash).toBe("");
  });
});
