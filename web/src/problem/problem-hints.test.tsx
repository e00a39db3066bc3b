/**
 * The hints section: a candidate sees the hints revealed so far and nothing else; the interviewer
 * reveals the next one to the room and opens the notes only interviewers get.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ProblemHints } from "./ProblemHints";

const SHOWN = [{ index: 0, text: "Think about what you have already seen.", at: 1 }];
const NOTES = {
  slug: "two-sum", expectedMinutes: 15, strongAnswer: "One pass with a map.",
  hints: ["Think about what you have already seen.", "A map from value to index."],
  followUps: [{ question: "What if the input is sorted?", answer: "Two pointers." }],
};

describe("hints", () => {
  it("a candidate sees the revealed hints and how many there are, with no control and no notes", () => {
    render(<ProblemHints hints={SHOWN} total={2} />);
    expect(screen.getAllByTestId("hint").map((h) => h.textContent)).toEqual([SHOWN[0].text]);
    expect(screen.getByText("1 of 2 shown")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByText("Interviewer notes")).toBeNull();
    expect(document.body.textContent).not.toContain("A map from value to index");
  });

  it("with no hints and no interviewer, shows nothing", () => {
    const { container } = render(<ProblemHints hints={[]} total={0} />);
    expect(container.textContent).toBe("");
  });

  it("the interviewer reveals the next hint, then reads the notes: follow-ups, the strong answer, every hint", async () => {
    const reveal = vi.fn().mockResolvedValue({ shown: 2, total: 2 });
    const notes = vi.fn().mockResolvedValue(NOTES);
    render(<ProblemHints hints={SHOWN} total={2} interviewer={{ reveal, notes }} />);
    fireEvent.click(screen.getByRole("button", { name: "Show hint 2 of 2 to everyone" }));
    await waitFor(() => expect(reveal).toHaveBeenCalledTimes(1));
    expect(notes).not.toHaveBeenCalled(); // loaded when opened, not before
    const details = screen.getByText("Interviewer notes").closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    await waitFor(() => expect(screen.getByText("What if the input is sorted?")).toBeTruthy());
    expect(screen.getByText("Two pointers.")).toBeTruthy();
    expect(screen.getByText("One pass with a map.")).toBeTruthy();
    expect(screen.getByText("A map from value to index.")).toBeTruthy();
  });

  it("a refused reveal says why", async () => {
    const reveal = vi.fn().mockRejectedValue(new Error("every hint is already shown"));
    render(<ProblemHints hints={SHOWN} total={2} interviewer={{ reveal, notes: vi.fn() }} />);
    fireEvent.click(screen.getByRole("button", { name: "Show hint 2 of 2 to everyone" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("every hint is already shown"));
  });
});
