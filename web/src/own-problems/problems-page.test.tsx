/**
 * The Problems page against a stubbed API: a version's checks as the list says them (the failing
 * reason shown, the version rooms get), and the form's draft as the POST sends it, a bad case line
 * named before anything is sent.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { OwnProblemSummary } from "../../../contracts/own-problems";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { ProblemsPage } from "./ProblemsPage";

const signedIn = { user: { id: "u1", name: "Grace Hopper", email: null }, organizations: [{ id: "o1", name: "Compilers", role: "interviewer" }], anonymousRooms: false, signIn: { providers: [], cloudflareAccess: false } };
const version = (v: number, status: OwnProblemSummary["latest"]["status"], detail: string | null) => ({ version: v, ref: `own-aaaaaaaaaaaa-v${v}`, status, detail, createdAt: 1, checkedAt: 2 });
const FAILED: OwnProblemSummary = {
  id: "aaaaaaaaaaaa", title: "Add two", difficulty: "easy", owner: "org", orgId: "o1", updatedAt: 3, readyVersion: 1,
  latest: version(2, "failed", "the python reference is not Accepted: WA on hidden test 1: expected 3, got 2"),
};

const DESIGN_DRAFT = { title: "Min stack", signature: { class: "MinStack", init: [], methods: [{ name: "push", params: [{ name: "x", type: "int" }], returns: "void" }] } };

function serve() {
  const posts: unknown[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    if (url === pathTo(ROUTES.me)) return Response.json(signedIn);
    if (url === pathTo(ROUTES.ownProblem, { problemId: FAILED.id })) return Response.json({ problem: FAILED, draft: DESIGN_DRAFT });
    if (url === pathTo(ROUTES.ownProblems) && (init.method ?? "GET") === "GET") return Response.json({ problems: [FAILED] });
    posts.push(JSON.parse(String(init.body)));
    return Response.json({ problem: FAILED, draft: posts.at(-1) }, { status: 201 });
  });
  return posts;
}

afterEach(() => vi.unstubAllGlobals());

const change = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("the Problems page", () => {
  it("lists each problem with its checks: the failing reason, and the version rooms still get", async () => {
    serve();
    render(<ProblemsPage navigate={() => {}} />);
    const row = await screen.findByTestId("own-problem");
    expect(within(row).getByTestId("own-problem-status").textContent).toMatch(/^Failed.*WA on hidden test 1: expected 3, got 2/);
    expect(row.textContent).toContain("(rooms get version 1)");
  });

  it("the form sends the draft; a case line that is not one is named first", async () => {
    const posts = serve();
    render(<ProblemsPage navigate={() => {}} />);
    fireEvent.click(await screen.findByTestId("new-problem"));
    change("Title", "Add two");
    change("Statement (Markdown)", "Return a + b.");
    change("Function name", "addTwo");
    change("Name", "a");
    fireEvent.change(screen.getByLabelText("Type"), { target: { value: "int" } });
    change("Examples (the candidate sees them)", '{"input": {"a": 1}, "output": 1}');
    change("Hidden tests", "{nope");
    change(/^Reference solution in Python/, "class Solution:\n    def addTwo(self, a): return a\n");
    fireEvent.click(screen.getByTestId("save-problem"));
    expect((await screen.findByTestId("problem-form-error")).textContent).toBe("Hidden tests, line 1: not JSON");
    expect(posts).toEqual([]);

    change("Hidden tests", '{"input": {"a": 2}, "output": 2}');
    fireEvent.click(screen.getByTestId("save-problem"));
    expect((await screen.findByRole("status")).textContent).toMatch(/^Saved/);
    expect(posts).toEqual([{
      title: "Add two", difficulty: "easy", tags: ["arrays"], statement: "Return a + b.",
      signature: { function: "addTwo", params: [{ name: "a", type: "int" }], returns: "int", compare: "exact" },
      examples: [{ input: { a: 1 }, output: 1 }], hiddenTests: [{ input: { a: 2 }, output: 2 }],
      references: { python: "class Solution:\n    def addTwo(self, a): return a\n" }, timeLimitMs: 1000,
    }]);
  });

  it("a design problem (a class, written through the API) is not opened in the function form, which would lose its methods", async () => {
    serve();
    render(<ProblemsPage navigate={() => {}} />);
    fireEvent.click(await screen.findByTestId("edit-problem"));
    expect((await screen.findByRole("status")).textContent).toMatch(/^This problem is a class .*PUT \/api\/own-problems\/aaaaaaaaaaaa/);
    expect(screen.queryByTestId("problem-form")).toBeNull();
  });
});
