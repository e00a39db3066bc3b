/**
 * The picker's preview and its marks: choosing a problem shows what the candidate will read
 * (statement, examples, constraints, level, usual minutes) and picks nothing until "Put on the
 * table"; problems this interviewer used lately say when; without the marks the picker still works.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProblemDetail } from "../../../contracts/problems";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { ProblemPicker } from "./ProblemPicker";

const DAY = 86_400_000;
const SUMMARIES = [
  { slug: "two-sum", title: "Two Sum", difficulty: "easy", tags: ["arrays"], expectedMinutes: 20 },
  { slug: "lru-cache", title: "LRU Cache", difficulty: "medium", tags: ["design"], expectedMinutes: 35 },
];
const DETAIL = {
  slug: "lru-cache", title: "LRU Cache", difficulty: "medium", tags: ["design"], expectedMinutes: 35, statement: "Design a **cache**.",
  constraints: ["1 <= capacity <= 3000"], examples: [{ input: { capacity: 2 }, output: [null] }], starter: {}, signatures: {}, hiddenTests: 5, timeLimitMs: 1000,
  signature: { function: "f", params: [], returns: "int", compare: "exact" },
} as unknown as ProblemDetail;

function serve(recent: Response | (() => Response), problems: readonly object[] = SUMMARIES) {
  const fetch = vi.fn(async (url: string) => {
    if (url === pathTo(ROUTES.problems)) return new Response(JSON.stringify({ problems }));
    if (url === pathTo(ROUTES.recentProblems)) return typeof recent === "function" ? recent() : recent;
    if (url === pathTo(ROUTES.problem, { slug: "lru-cache" })) return new Response(JSON.stringify(DETAIL));
    return new Response(JSON.stringify({ error: { code: "not_found", message: "no" } }), { status: 404 });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}
const usedTwoSum = () => new Response(JSON.stringify({ recent: [{ slug: "two-sum", pickedAt: Date.now() - 3 * DAY }] }));

afterEach(() => vi.unstubAllGlobals());

describe("the picker's preview", () => {
  it("shows what the candidate will see and picks nothing until it is put on the table", async () => {
    serve(usedTwoSum);
    const onPick = vi.fn().mockResolvedValue(undefined);
    render(<ProblemPicker current={null} touched={() => false} onPick={onPick} />);
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3));
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "lru-cache" } });
    const preview = await screen.findByRole("region", { name: "Preview: LRU Cache" });
    await within(preview).findByRole("heading", { name: "LRU Cache" });
    await waitFor(() => expect(preview.querySelector(".markdown strong")?.textContent).toBe("cache"));
    expect(preview.textContent).toContain("capacity = 2");
    expect(preview.textContent).toContain("1 <= capacity <= 3000");
    expect(within(preview).getByTestId("problem-preview-facts").textContent).toBe("Medium · About 35 minutes");
    expect(onPick).not.toHaveBeenCalled();
    fireEvent.click(within(preview).getByRole("button", { name: "Put on the table" }));
    await waitFor(() => expect(onPick).toHaveBeenCalledWith("lru-cache", "keep"));
    await waitFor(() => expect(screen.queryByTestId("problem-preview")).toBeNull());
  });

  it("closes with its button or Escape, leaving the table as it was", async () => {
    serve(usedTwoSum);
    const onPick = vi.fn().mockResolvedValue(undefined);
    render(<ProblemPicker current="two-sum" touched={() => true} onPick={onPick} />);
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3));
    const select = screen.getByRole("combobox") as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "lru-cache" } });
    const putButton = await screen.findByRole("button", { name: "Put on the table" });
    putButton.focus();
    fireEvent.keyDown(putButton, { key: "Escape" });
    expect(screen.queryByTestId("problem-preview")).toBeNull();
    expect(select.value).toBe("two-sum");
    expect(document.activeElement).toBe(select); // the keyboard is back where it chose
    fireEvent.change(select, { target: { value: "lru-cache" } });
    fireEvent.click(await screen.findByRole("button", { name: "Close preview" }));
    expect(select.value).toBe("two-sum");
    // Over someone's code, putting it on the table still asks first.
    fireEvent.change(select, { target: { value: "lru-cache" } });
    fireEvent.click(await screen.findByRole("button", { name: "Put on the table" }));
    fireEvent.click(await screen.findByRole("button", { name: "Keep the code" }));
    await waitFor(() => expect(onPick).toHaveBeenCalledWith("lru-cache", "keep"));
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it("marks the problems this interviewer used lately, in the list and in the preview", async () => {
    serve(usedTwoSum);
    render(<ProblemPicker current={null} touched={() => false} onPick={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole("option", { name: /^Two Sum/ }).textContent).toBe("Two Sum · Easy · 20 min · used 3 days ago"));
    expect(screen.getByRole("option", { name: /^LRU Cache/ }).textContent).toBe("LRU Cache · Medium · 35 min");
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "two-sum" } });
    expect((await screen.findByTestId("problem-preview-facts")).textContent).toBe("Easy · About 20 minutes · You used it 3 days ago");
  });

  it("a pick of the last few seconds reads as a minute ago, not \"used now\"", async () => {
    serve(() => new Response(JSON.stringify({ recent: [{ slug: "lru-cache", pickedAt: Date.now() - 5_000 }] })));
    render(<ProblemPicker current={null} touched={() => false} onPick={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole("option", { name: /^LRU Cache/ }).textContent).toBe("LRU Cache · Medium · 35 min · used 1 minute ago"));
  });

  it("without the marks (nobody signed in, an older Worker) the picker works as before", async () => {
    serve(() => new Response(JSON.stringify({ error: { code: "not_found", message: "no route for GET" } }), { status: 404 }));
    const onPick = vi.fn().mockResolvedValue(undefined);
    render(<ProblemPicker current={null} touched={() => false} onPick={onPick} />);
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3));
    expect(screen.getAllByRole("option").map((o) => o.textContent).filter((s) => s?.includes("used"))).toEqual([]);
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "lru-cache" } });
    fireEvent.click(await screen.findByRole("button", { name: "Put on the table" }));
    await waitFor(() => expect(onPick).toHaveBeenCalledWith("lru-cache", "keep"));
  });

  it("groups the team's own problems apart from the library, so an interviewer sees whose each one is", async () => {
    const own = [{ slug: "own-aaaaaaaaaaaa-v2", title: "Add two", difficulty: "easy", tags: ["math"], expectedMinutes: 15, owner: "org" }];
    serve(() => new Response(JSON.stringify({ recent: [] })), [...SUMMARIES, ...own]);
    render(<ProblemPicker current={null} touched={() => false} onPick={vi.fn()} />);
    const team = await screen.findByTestId("problem-group-org");
    expect(team.getAttribute("label")).toBe("Your team's problems");
    expect(within(team).getAllByRole("option").map((o) => o.textContent)).toEqual(["Add two · Easy · 15 min"]);
    expect(within(screen.getByTestId("problem-group-library")).getAllByRole("option")).toHaveLength(2);
    expect(screen.queryByTestId("problem-group-mine")).toBeNull();
  });
});
