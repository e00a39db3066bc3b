/** "Your interviews" leads to the replay of an ended or expired interview; an open one is entered instead. */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import type { InterviewSummary } from "../../../contracts/accounts";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { YourInterviews } from "../account/YourInterviews";

const at = Date.now();
const row = (roomId: string, endedAt: number | null, expiresAt = at + 3_600_000): InterviewSummary => ({
  roomId, title: `Interview ${roomId}`, orgId: "o1", ownerId: "u1", ownerName: "Grace Hopper", createdAt: at - 60_000, expiresAt, endedAt,
});

afterEach(() => vi.unstubAllGlobals());

it("an ended or expired interview links to its replay, in the app; an open one offers Enter", async () => {
  const interviews = [row("ended1", at - 1000), row("expired1", null, at - 1), row("open1", null)];
  vi.stubGlobal("fetch", async (url: string) =>
    new Response(JSON.stringify(url === pathTo(ROUTES.myInterviews) ? { interviews } : { error: { code: "not_found", message: "no route" } }), { status: url === pathTo(ROUTES.myInterviews) ? 200 : 404 }));
  const navigate = vi.fn();
  render(<YourInterviews navigate={navigate} />);
  await waitFor(() => expect(screen.getAllByTestId("interview")).toHaveLength(3));
  const links = screen.getAllByTestId("replay-interview") as HTMLAnchorElement[];
  expect(links.map((a) => a.getAttribute("href"))).toEqual(["/r/ended1/replay", "/r/expired1/replay"]);
  expect(links[0].textContent).toBe("Replay");
  expect(screen.getAllByTestId("enter-interview")).toHaveLength(1);
  fireEvent.click(links[0]);
  expect(navigate).toHaveBeenCalledWith("/r/ended1/replay");
});
