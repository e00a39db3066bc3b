/**
 * The recording notice as participants read it: the words before the room answers, then the days
 * and the organisation's privacy page (opened apart from the interview); the team's admins set that
 * page on the team's settings, an emptied field saved as none.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_ORG_QUOTAS } from "../../../contracts/accounts";
import { OrgSettings } from "../org/OrgSettings";
import { Join } from "../pages/Join";

afterEach(() => vi.unstubAllGlobals());

const RECORDED = "This interview is recorded: code, runs, chat, paste and focus events.";

describe("the recording notice", () => {
  it("on the join page: read with the link's invite before joining, with the days and the privacy link", async () => {
    const calls: Array<{ url: string; auth: string | null }> = [];
    let answer: (r: Response) => void = () => {};
    vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
      calls.push({ url, auth: new Headers(init.headers).get("Authorization") });
      // The join page asks where the link leads first (links/useInviteInfo); the room's answer is held back.
      if (url.endsWith("/invite-info")) return Promise.resolve(Response.json({ title: "T", role: "candidate", status: "open", singleUse: false }));
      return new Promise<Response>((resolve) => {
        answer = resolve;
      });
    });
    render(<Join roomId="r1" invite="invite-token" onJoined={() => {}} />);
    // The words are there with the name field, whatever the room answers.
    expect((await screen.findByTestId("record-notice", {}, { timeout: 5000 })).textContent).toBe(RECORDED);
    expect(calls).toContainEqual({ url: "/api/rooms/r1", auth: "Bearer invite-token" });
    answer(Response.json({ room: { id: "r1", title: "T", expiresAt: 1, createdAt: 0 }, identity: null, record: { retentionDays: 1, privacyUrl: "https://acme.example/privacy" } }));
    await waitFor(() => expect(screen.getByTestId("record-notice").textContent).toBe(`${RECORDED} The record is kept for 1 day. Privacy notice`), { timeout: 5000 });
    const link = screen.getByTestId("privacy-link") as HTMLAnchorElement;
    expect(link.href).toBe("https://acme.example/privacy");
    expect(link.target).toBe("_blank");
    expect(link.rel).toBe("noopener noreferrer");
  });

  it("a link the room refuses still shows the words, without days or link", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ error: { code: "forbidden", message: "this link was revoked" } }, { status: 403 }));
    render(<Join roomId="r1" invite="revoked" onJoined={() => {}} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId("record-notice").textContent).toBe(RECORDED);
    expect(screen.queryByTestId("privacy-link")).toBeNull();
  });
});

describe("the team's privacy link", () => {
  it("is saved as typed (trimmed), and an emptied field as none", async () => {
    let settings = { ...DEFAULT_ORG_QUOTAS, retentionDays: 30, defaultRubric: null, privacyUrl: null as string | null };
    const posts: Array<Record<string, unknown>> = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      if (init.method === "POST") {
        const body = JSON.parse(String(init.body));
        posts.push(body);
        settings = { ...settings, ...body };
      }
      return Response.json(settings);
    });
    render(<OrgSettings orgId="o1" />);
    // Generous waits: the whole web suite shares two cores.
    const wait = { timeout: 5000 };
    const field = (await screen.findByLabelText(/^Privacy notice link/, {}, wait)) as HTMLInputElement;
    // The form takes the loaded settings in an effect after the first render: wait for them before typing.
    await screen.findByDisplayValue(String(DEFAULT_ORG_QUOTAS.runsPerHour), {}, wait);
    expect(field.value).toBe("");
    fireEvent.change(field, { target: { value: "  https://acme.example/privacy " } });
    fireEvent.click(screen.getByTestId("save-settings"));
    await waitFor(() => expect(posts).toHaveLength(1), wait);
    expect(posts[0].privacyUrl).toBe("https://acme.example/privacy");
    await screen.findByText("Settings saved.", {}, wait);
    fireEvent.change(field, { target: { value: " " } });
    fireEvent.click(screen.getByTestId("save-settings"));
    await waitFor(() => expect(posts).toHaveLength(2), wait);
    expect(posts[1].privacyUrl).toBeNull();
  }, 15_000);
});
