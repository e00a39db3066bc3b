/** Own problems for tests: a small one, as the form sends it (add two integers, with a Python reference), and waiting for its checks. */
import type { OwnProblemDraft, OwnProblemSummary } from "../../contracts/own-problems";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import type { TestAccount } from "./accounts";
import { callAs } from "./org-team";

export const ADD_PYTHON = `class Solution:
    def addTwo(self, a: int, b: int) -> int:
        return a + b
`;

export function addDraft(over: Partial<OwnProblemDraft> = {}): OwnProblemDraft {
  return {
    title: "Add two",
    difficulty: "easy",
    tags: ["math"],
    statement: "Return `a + b`.",
    signature: { function: "addTwo", params: [{ name: "a", type: "int" }, { name: "b", type: "int" }], returns: "int", compare: "exact" },
    examples: [{ input: { a: 1, b: 2 }, output: 3 }],
    hiddenTests: [{ input: { a: 2, b: 2 }, output: 4 }, { input: { a: -5, b: 5 }, output: 0 }],
    references: { python: ADD_PYTHON },
    timeLimitMs: 1000,
    constraints: [],
    hints: [],
    followUps: [],
    ...over,
  };
}

/** The problem once its latest version's checks have ended. */
export async function checked(who: TestAccount, problemId: string, timeoutMs = 150_000): Promise<OwnProblemSummary> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await callAs(who, "ownProblem", { problemId });
    const { problem } = ROUTE_BODIES.ownProblem.response.parse(await res.json());
    if (problem.latest.status !== "checking") return problem;
    if (Date.now() > until) throw new Error(`still checking: ${problem.latest.detail}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

