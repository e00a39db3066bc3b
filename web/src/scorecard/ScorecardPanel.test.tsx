/**
 * The scorecard panel's flow against the API's answers: rate, write evidence, recommend, cite the
 * moment the page says is now, save a draft (the PUT carries exactly that), submit behind a
 * confirmation, and only then read the others' cards, whose cited moments seek the replay.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { DEFAULT_RUBRIC, type Scorecard, type ScorecardResponse } from "../../../contracts/scorecards";
import { ScorecardPanel } from "./ScorecardPanel";

afterEach(() => vi.unstubAllGlobals());

const ann: Scorecard = {
  id: "sc_a", userId: "ann", name: "Ann", ratings: [{ criterionId: "coding", rating: 4, evidence: "Tight loop" }], recommendation: "strong_yes",
  notes: "Hire", citations: [{ t: 1_700_000_065_000, label: "the fix" }], submittedAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000, blank: false,
};
const sealed: ScorecardResponse = { rubric: DEFAULT_RUBRIC, mine: null, others: [], sealed: true, submittedCount: 1, canWrite: true, rubricLocked: true };

describe("the scorecard panel", () => {
  it("saves a draft of what was entered, submits behind a confirmation, then shows the others' cards", async () => {
    const puts: { body: Record<string, unknown>; token: string | null }[] = [];
    const path = pathTo(ROUTES.scorecard, { roomId: "r1" });
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      expect(url).toBe(path);
      if (init.method === "GET") return Response.json(sealed);
      const body = JSON.parse(String(init.body));
      puts.push({ body, token: new Headers(init.headers).get("Authorization") });
      const mine: Scorecard = { ...ann, id: "sc_b", userId: "ben", name: "Ben", ...body, submittedAt: body.submit ? 1_700_000_200_000 : null, blank: false };
      return Response.json(body.submit
        ? { ...sealed, mine, sealed: false, others: [ann], canWrite: false }
        : { ...sealed, mine });
    });
    const onSeek = vi.fn();
    render(<ScorecardPanel roomId="r1" token="tok" now={() => 1_700_000_030_000} startedAt={1_700_000_000_000} onSeek={onSeek} />);

    expect((await screen.findByTestId("sealed")).textContent).toContain("sealed until you submit yours. 1 submitted so far");
    const coding = screen.getByRole("group", { name: "Coding" });
    fireEvent.click(within(coding).getByRole("radio", { name: "3 · Good" }));
    fireEvent.change(within(coding).getByRole("textbox", { name: "Evidence for Coding" }), { target: { value: "Clear names" } });
    fireEvent.click(screen.getByRole("radio", { name: "Yes" }));
    fireEvent.click(screen.getByTestId("cite"));
    fireEvent.change(screen.getByRole("textbox", { name: "What happened at 00:30" }), { target: { value: "asked about limits" } });
    expect(screen.queryByTestId("scorecard-card")).toBeNull();

    fireEvent.click(screen.getByTestId("save-draft"));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual({
      token: "Bearer tok",
      body: {
        ratings: [{ criterionId: "coding", rating: 3, evidence: "Clear names" }],
        recommendation: "yes", notes: "", citations: [{ t: 1_700_000_030_000, label: "asked about limits" }], submit: false,
      },
    });

    fireEvent.click(await screen.findByTestId("submit-scorecard"));
    expect(puts).toHaveLength(1); // a confirmation first
    fireEvent.click(await screen.findByTestId("confirm"));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1].body.submit).toBe(true);

    // Submitted: no form any more, my card and Ann's read-only, Ann's cited moment seeks.
    const cards = await screen.findAllByTestId("scorecard-card");
    expect(cards.map((c) => c.dataset.user)).toEqual(["ben", "ann"]);
    expect(screen.queryByTestId("submit-scorecard")).toBeNull();
    expect(within(cards[1]).getByTestId("card-recommendation").textContent).toContain("Strong yes");
    fireEvent.click(within(cards[1]).getByRole("button", { name: "Go to 01:05 in the replay" }));
    expect(onSeek).toHaveBeenCalledWith(1_700_000_065_000);
  });

  it("an interviewer edits the room's rubric before any card is submitted; what they entered for kept criteria stays", async () => {
    const sent: { url: string; body: unknown }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      if (init.method === "GET") return Response.json({ ...sealed, rubricLocked: false, submittedCount: 0 });
      const body = JSON.parse(String(init.body));
      sent.push({ url, body });
      return Response.json(body);
    });
    render(<ScorecardPanel roomId="r1" token="tok" />);
    const coding = await screen.findByRole("group", { name: "Coding" });
    fireEvent.change(within(coding).getByRole("textbox", { name: "Evidence for Coding" }), { target: { value: "kept" } });
    fireEvent.click(screen.getByTestId("edit-rubric"));
    fireEvent.change(screen.getByRole("textbox", { name: "Title of criterion 1" }), { target: { value: "Design" } });
    for (const n of [4, 3]) fireEvent.click(screen.getByRole("button", { name: `Remove criterion ${n}` }));
    fireEvent.click(screen.getByRole("button", { name: "Add a criterion" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Title of criterion 3" }), { target: { value: "Curiosity" } });
    fireEvent.click(screen.getByTestId("save-rubric"));
    await screen.findByRole("group", { name: "Curiosity" });
    expect(sent).toEqual([{
      url: pathTo(ROUTES.setRubric, { roomId: "r1" }),
      body: { rubric: [{ id: "problem-solving", title: "Design", description: DEFAULT_RUBRIC[0].description }, { id: "coding", title: "Coding", description: DEFAULT_RUBRIC[1].description }, { id: "c3", title: "Curiosity" }] },
    }]);
    expect(screen.queryByRole("group", { name: "Testing" })).toBeNull();
    expect((within(screen.getByRole("group", { name: "Coding" })).getByRole("textbox") as HTMLTextAreaElement).value).toBe("kept");
  });

  it("a blank card reads as blank, and a 403 says who scorecards are for", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ ...sealed, sealed: false, canWrite: false, others: [{ ...ann, ratings: [], recommendation: null, notes: "", citations: [], blank: true }] }));
    const { unmount } = render(<ScorecardPanel roomId="r1" />);
    expect((await screen.findByTestId("blank-card")).textContent).toContain("Submitted blank");
    unmount();
    vi.stubGlobal("fetch", async () => Response.json({ error: { code: "forbidden", message: "no" } }, { status: 403 }));
    render(<ScorecardPanel roomId="r1" token="spectator" />);
    expect((await screen.findByRole("alert")).textContent).toContain("Scorecards are for the interviewers");
  });
});
