/**
 * The problem panel's choices against a real Yjs code doc: the interviewer is asked what happens
 * to someone's code only when there is some; "Reset to starter" asks before replacing; the
 * statement shows the signature for the room's language.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type { ProblemDetail } from "../../../contracts/problems";
import { codeText } from "../../../contracts/room-state";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { ProblemPanel } from "../components/ProblemPanel";

const PYTHON = { id: "python" as const, template: "print('hi')\n" };
const STARTER = "class Solution:\n    def isValid(self, s: str) -> bool:\n        return False\n";
const DETAIL = {
  slug: "valid-parentheses", title: "Valid Parentheses", difficulty: "easy", tags: [], statement: "Brackets.", constraints: [], examples: [],
  starter: { python: STARTER }, signatures: { python: { container: "class Solution", declaration: "def isValid(self, s: str) -> bool" } },
  hiddenTests: 5, timeLimitMs: 1000, signature: { function: "isValid", params: [{ name: "s", type: "string" }], returns: "bool", compare: "exact" },
} as unknown as ProblemDetail;

function serve() {
  const fetch = vi.fn(async (url: string) => {
    if (url === pathTo(ROUTES.problems)) return new Response(JSON.stringify({ problems: [{ slug: "valid-parentheses", title: "Valid Parentheses", difficulty: "easy", tags: [] }] }));
    return new Response(JSON.stringify(DETAIL));
  });
  vi.stubGlobal("fetch", fetch);
}

function docWith(code: string): Y.Doc {
  const doc = new Y.Doc();
  codeText(doc, "python").insert(0, code);
  return doc;
}

afterEach(() => vi.unstubAllGlobals());

describe("picking a problem", () => {
  it("over untouched code, picks at once (the room swaps starters itself)", async () => {
    serve();
    const onPick = vi.fn().mockResolvedValue(undefined);
    render(<ProblemPanel slug={null} canPick onPick={onPick} room={{ doc: docWith(PYTHON.template), language: PYTHON, canEdit: true }} />);
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(2));
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "valid-parentheses" } });
    fireEvent.click(await screen.findByRole("button", { name: "Put on the table" }));
    await waitFor(() => expect(onPick).toHaveBeenCalledWith("valid-parentheses", "keep"));
    expect(screen.queryByRole("button", { name: "Keep the code" })).toBeNull();
  });

  it("over someone's code, asks first: cancel changes nothing, replace sends the choice", async () => {
    serve();
    const onPick = vi.fn().mockResolvedValue(undefined);
    render(<ProblemPanel slug={null} canPick onPick={onPick} room={{ doc: docWith("x = 1\n"), language: PYTHON, canEdit: true }} />);
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(2));
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "valid-parentheses" } });
    fireEvent.click(await screen.findByRole("button", { name: "Put on the table" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(onPick).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "valid-parentheses" } });
    fireEvent.click(await screen.findByRole("button", { name: "Put on the table" }));
    fireEvent.click(await screen.findByRole("button", { name: "Replace with the starter" }));
    await waitFor(() => expect(onPick).toHaveBeenCalledWith("valid-parentheses", "replace"));
  });
});

describe("a problem on the table", () => {
  it("shows the signature for the room's language, and resets to the starter only after a confirmation", async () => {
    serve();
    const doc = docWith("my work\n");
    render(<ProblemPanel slug="valid-parentheses" canPick={false} room={{ doc, language: PYTHON, canEdit: true }} />);
    expect((await screen.findByTestId("signature")).textContent).toBe("class Solution\n    def isValid(self, s: str) -> bool");
    fireEvent.click(screen.getByRole("button", { name: "Reset to starter" }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(codeText(doc, "python").toString()).toBe("my work\n");
    fireEvent.click(screen.getByRole("button", { name: "Reset to starter" }));
    fireEvent.click(screen.getByRole("button", { name: "Replace the code" }));
    expect(codeText(doc, "python").toString()).toBe(STARTER);
  });

  it("offers no reset to whoever cannot edit", async () => {
    serve();
    render(<ProblemPanel slug="valid-parentheses" canPick={false} room={{ doc: docWith("my work\n"), language: PYTHON, canEdit: false }} />);
    await screen.findByTestId("signature");
    expect(screen.queryByRole("button", { name: "Reset to starter" })).toBeNull();
  });
});
