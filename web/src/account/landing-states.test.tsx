/**
 * What the landing page offers, by who is there and what the server allows (`GET /api/me`):
 * anonymous rooms only where the server says so, with the note; sign-in otherwise; a team to
 * name before the first room; an organisation picker for a member of several; "Your interviews".
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { InterviewSummary, MeResponse } from "../../../contracts/accounts";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { Landing } from "../pages/Landing";
import { statusOf } from "./YourInterviews";

const signIn = { providers: [], cloudflareAccess: false };
const grace = { id: "u1", name: "Grace Hopper", email: null };
const interview: InterviewSummary = {
  roomId: "room1", title: "Backend onsite", orgId: "o1", ownerId: "u1", ownerName: "Grace Hopper", createdAt: Date.now() - 60_000, expiresAt: Date.now() + 3_600_000, endedAt: null,
};

/** A Worker that answers the landing page's reads (`answers` may change meanwhile); every request is recorded. */
function serve(me: MeResponse, interviews: InterviewSummary[] = []) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const answers: Record<string, unknown> = {
    [pathTo(ROUTES.me)]: me,
    [pathTo(ROUTES.myInterviews)]: { interviews },
    [pathTo(ROUTES.languages)]: { languages: [] },
    [pathTo(ROUTES.problems)]: { problems: [] },
    [pathTo(ROUTES.createOrg)]: { id: "o1", name: "Platform hiring", role: "admin" },
  };
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    calls.push({ method: init.method ?? "GET", url, body: init.body ? JSON.parse(String(init.body)) : null });
    return new Response(JSON.stringify(answers[url] ?? { error: { code: "not_found", message: "no route" } }), { status: url in answers ? 200 : 404 });
  });
  return { calls, answers };
}

afterEach(() => vi.unstubAllGlobals());

describe("the landing page", () => {
  it("signed out where anonymous rooms are allowed: the create form says rooms without an account are local only, and sign-in is offered", async () => {
    serve({ user: null, organizations: [], anonymousRooms: true, signIn });
    render(<Landing navigate={() => {}} />);
    await screen.findByTestId("local-only-note");
    expect(screen.getByLabelText("Your name")).toBeTruthy();
    expect(screen.getByTestId("sign-in-passkey").textContent).toBe("Sign in with a passkey");
    expect(screen.getByLabelText("Name for your account")).toBeTruthy();
    expect(screen.queryByTestId("your-interviews")).toBeNull();
  });

  it("signed out where sign-in is required: no create form, sign-in asked for (a passkey, Cloudflare Access, the OIDC providers)", async () => {
    serve({ user: null, organizations: [], anonymousRooms: false, signIn: { providers: [{ id: "acme", name: "Acme SSO" }], cloudflareAccess: true } });
    render(<Landing navigate={() => {}} />);
    await screen.findByRole("heading", { name: "Sign in to start an interview" });
    expect(screen.queryByTestId("create-room")).toBeNull();
    expect(screen.getByTestId("sign-in-acme").textContent).toBe("Sign in with Acme SSO");
    expect(screen.getByTestId("sign-in-cloudflare-access").textContent).toBe("Sign in with Cloudflare Access");
  });

  it("back from a provider's sign-in that didn't complete: says so, and the address loses the query", async () => {
    serve({ user: null, organizations: [], anonymousRooms: false, signIn: { providers: [{ id: "acme", name: "Acme SSO" }], cloudflareAccess: false } });
    history.replaceState(null, "", "/?sign-in=failed&error=access_denied");
    render(<Landing navigate={() => {}} />);
    expect((await screen.findByRole("alert")).textContent).toContain("didn't complete");
    expect(location.search).toBe("");
  });

  it("signed in without a team: names it first, then the form (no name field: the account is the name)", async () => {
    const { calls, answers } = serve({ user: grace, organizations: [], anonymousRooms: false, signIn });
    render(<Landing navigate={() => {}} />);
    fireEvent.change(await screen.findByLabelText("Team name"), { target: { value: "Platform hiring" } });
    answers[pathTo(ROUTES.me)] = { user: grace, organizations: [{ id: "o1", name: "Platform hiring", role: "admin" }], anonymousRooms: false, signIn };
    fireEvent.click(screen.getByTestId("create-team"));
    await screen.findByTestId("create-room");
    expect(calls.find((c) => c.method === "POST")).toEqual({ method: "POST", url: pathTo(ROUTES.createOrg), body: { name: "Platform hiring" } });
    expect(screen.queryByLabelText("Your name")).toBeNull();
    expect(screen.queryByTestId("local-only-note")).toBeNull();
    expect(screen.getByTestId("account-name").textContent).toBe("Grace Hopper");
  });

  it("signed in to several teams: picks the team; lists Your interviews from the account", async () => {
    serve({
      user: grace, anonymousRooms: false, signIn,
      organizations: [{ id: "o1", name: "Platform", role: "admin" }, { id: "o2", name: "Mobile", role: "interviewer" }, { id: "o3", name: "Data", role: "reviewer" }],
    }, [interview]);
    render(<Landing navigate={() => {}} />);
    const picker = (await screen.findByLabelText("Team")) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(["Platform", "Mobile"]); // a reviewer doesn't start interviews
    await waitFor(() => expect(screen.getByTestId("interview").textContent).toContain("Backend onsite"));
    expect(screen.getByTestId("enter-interview")).toBeTruthy();
  });
});

describe("an interview's status", () => {
  it("is ended, expired or open", () => {
    expect(statusOf({ endedAt: 5, expiresAt: Date.now() + 1000 })).toBe("ended");
    expect(statusOf({ endedAt: null, expiresAt: 10 }, 20)).toBe("expired");
    expect(statusOf({ endedAt: null, expiresAt: 30 }, 20)).toBe("open");
  });
});
