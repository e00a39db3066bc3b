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

const DESIGN_DRAFT = {
  title: "Min stack", difficulty: "medium", tags: ["design"], statement: "A stack.", timeLimitMs: 1000, references: { python: "class MinStack: ..." },
  signature: { class: "MinStack", init: [], methods: [{ name: "push", params: [{ name: "x", type: "int" }], returns: "void" }] },
  examples: [{ input: { operations: ["MinStack", "push"], arguments: [[], [1]] }, output: [null, null] }],
  hiddenTests: [{ input: { operations: ["MinStack"], arguments: [[]] }, output: [null] }],
};

function serve() {
  const posts: unknown[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    if (url === pathTo(ROUTES.me)) return Response.json(signedIn);
    if (url === pathTo(ROUTES.ownProblem, { problemId: FAILED.id }) && (init.method ?? "GET") === "GET") return Response.json({ problem: FAILED, draft: DESIGN_DRAFT });
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
      references: { python: "class Solution:\n    def addTwo(self, a): return a\n" }, timeLimitMs: 1000, constraints: [], hints: [], followUps: [],
    }]);
  });

  it("a design problem opens with its class kept as it is, and saving sends it unchanged beside the edited fields", async () => {
    const posts = serve();
    render(<ProblemsPage navigate={() => {}} />);
    fireEvent.click(await screen.findByTestId("edit-problem"));
    expect((await screen.findByTestId("design-kept")).textContent).toMatch(/the class MinStack \(methods push\)/);
    expect(screen.queryByLabelText("Function name")).toBeNull();
    change(/^Hints/, "Keep a second stack.\nPush the minimum so far.");
    fireEvent.click(screen.getByTestId("save-problem"));
    await screen.findByRole("status");
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ signature: DESIGN_DRAFT.signature, hints: ["Keep a second stack.", "Push the minimum so far."] });
  });

  it("imports a problem folder into the form, says what it left out, and a folder that is not a problem is refused with why", async () => {
    const posts = serve();
    render(<ProblemsPage navigate={() => {}} />);
    const file = (path: string, text: string) => Object.defineProperty(new File([text], path.split("/").pop()!), "webkitRelativePath", { value: path });
    const problem = { title: "Add two", difficulty: "easy", tags: ["math"], signature: { function: "addTwo", params: [{ name: "a", type: "int" }], returns: "int" }, examples: [{ input: { a: 1 }, output: 1 }], hints: ["Return it."] };
    fireEvent.change(await screen.findByTestId("import-folder"), { target: { files: [file("add/statement.md", "Return a.")] } });
    expect((await screen.findByRole("status")).textContent).toBe("That folder has no problem.json: pick a problem's folder.");

    fireEvent.change(screen.getByTestId("import-folder"), { target: { files: [
      file("add/problem.json", JSON.stringify(problem)), file("add/statement.md", "Return a."),
      file("add/tests.json", JSON.stringify([{ input: { a: 2 }, output: 2 }])), file("add/solution.py", "class Solution: ..."), file("add/wrong/bad.py", "x"),
    ] } });
    expect((await screen.findByTestId("import-notice")).textContent).toBe("Imported “Add two”: check it, then save. Left out (the library's own checks): wrong/.");
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Add two");
    fireEvent.click(screen.getByTestId("save-problem"));
    await screen.findByText(/^Saved/);
    expect(posts[0]).toMatchObject({ title: "Add two", hints: ["Return it."], hiddenTests: [{ input: { a: 2 }, output: 2 }], references: { python: "class Solution: ..." } });
  });
});
