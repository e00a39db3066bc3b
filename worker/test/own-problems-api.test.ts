/**
 * Interviewers' own problems over HTTP: who may create, read, edit and delete them, and what bad
 * input is told. Checks on the runner are own-problems-checks.test.ts's business.
 */
import { describe, expect, it } from "vitest";
import { OWN_PROBLEM_LIMITS } from "../../contracts/own-problems";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { asAccount, startAccount } from "./accounts";
import { callAs, team } from "./org-team";
import { addDraft } from "./own-problems-fixture";

async function created(res: Response) {
  expect(res.status, await res.clone().text()).toBe(201);
  return ROUTE_BODIES.createOwnProblem.response.parse(await res.json());
}

describe("interviewers' own problems", () => {
  it("an organisation's interviewers and admins write and read its problems; each edit is a new version; delete hides it", async () => {
    const acme = await team("Acme Problems");
    const made = await created(await callAs(acme.interviewer, "createOwnProblem", {}, addDraft()));
    expect(made.problem).toMatchObject({ owner: "org", orgId: acme.orgId, title: "Add two", readyVersion: null, latest: { version: 1, ref: `own-${made.problem.id}-v1` } });
    expect(made.draft.references.python).toContain("a + b");

    // The admin reads and edits it: version 2, version 1 untouched
    const id = { problemId: made.problem.id };
    const edited = await callAs(acme.admin, "editOwnProblem", id, addDraft({ title: "Add two numbers", hiddenTests: [{ input: { a: 7, b: 8 }, output: 15 }] }));
    expect(edited.status).toBe(200);
    const after = ROUTE_BODIES.editOwnProblem.response.parse(await edited.json());
    expect(after.problem.latest.version).toBe(2);
    expect(after.draft.hiddenTests).toEqual([{ input: { a: 7, b: 8 }, output: 15 }]);

    const list = ROUTE_BODIES.ownProblems.response.parse(await (await callAs(acme.interviewer, "ownProblems", {})).json());
    expect(list.problems.map((p) => [p.id, p.title, p.latest.version])).toEqual([[made.problem.id, "Add two numbers", 2]]);

    // A reviewer of the organisation is told why; anyone else does not see it at all
    expect((await callAs(acme.reviewer, "ownProblem", id)).status).toBe(403);
    expect((await callAs(acme.reviewer, "editOwnProblem", id, addDraft())).status).toBe(403);
    const other = await team("Other Co");
    for (const [route, body] of [["ownProblem", undefined], ["editOwnProblem", addDraft()], ["deleteOwnProblem", undefined]] as const) {
      expect((await callAs(other.admin, route, id, body)).status, route).toBe(404);
    }
    expect(ROUTE_BODIES.ownProblems.response.parse(await (await callAs(other.admin, "ownProblems", {})).json()).problems).toEqual([]);
    expect((await callAs(null, "ownProblems", {})).status).toBe(401);
    expect((await callAs(null, "createOwnProblem", {}, addDraft())).status).toBe(401);

    expect((await callAs(acme.interviewer, "deleteOwnProblem", id)).status).toBe(200);
    // The organisation's audit log says who did what to its problems
    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(acme.admin, "orgAudit", { orgId: acme.orgId })).json());
    const changes = audit.entries.filter((e) => e.action.startsWith("problem.")).map((e) => [e.action, e.actor.name, e.detail?.version]);
    expect(changes).toEqual([["problem.delete", "Ian Interviewer", undefined], ["problem.edit", "Ada Admin", 2], ["problem.create", "Ian Interviewer", 1]]);
    expect((await callAs(acme.admin, "ownProblem", id)).status).toBe(404);
    expect((await callAs(acme.admin, "editOwnProblem", id, addDraft())).status).toBe(404);
    expect(ROUTE_BODIES.ownProblems.response.parse(await (await callAs(acme.admin, "ownProblems", {})).json()).problems).toEqual([]);
  });

  it("an account in no organisation has problems of its own, which nobody else sees", async () => {
    const solo = await startAccount("Solo Sam");
    const made = await created(await callAs(solo, "createOwnProblem", {}, addDraft()));
    expect(made.problem).toMatchObject({ owner: "mine", orgId: null });
    const stranger = await startAccount("Stranger");
    expect((await callAs(stranger, "ownProblem", { problemId: made.problem.id })).status).toBe(404);
    // A reviewer only: no organisation to write in
    const acme = await team("Reviewers Only");
    expect((await callAs(acme.reviewer, "createOwnProblem", {}, addDraft())).status).toBe(403);
    expect((await callAs(acme.interviewer, "createOwnProblem", {}, { ...addDraft(), orgId: "not-my-org" })).status).toBe(404);
  });

  it("bad input is a 400 naming the field, an oversize body a 413, and nothing is stored", async () => {
    const acme = await team("Bad Input");
    const create = (body: unknown) => callAs(acme.interviewer, "createOwnProblem", {}, body);
    const refusal = async (res: Response, status: number, says: RegExp) => {
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(says);
    };
    await refusal(await asAccount(acme.interviewer, pathTo(ROUTES.createOwnProblem), { rawBody: "{not json" }), 400, /not valid JSON/);
    await refusal(await create(addDraft({ references: {} })), 400, /at least one language/);
    await refusal(await create({ ...addDraft(), signature: { function: "addTwo", params: [{ name: "a", type: "integer" }], returns: "int" } }), 400, /^signature/);
    await refusal(await create(addDraft({ signature: { function: "class", params: [{ name: "a", type: "int" }], returns: "int", compare: "exact" } })), 400, /reserved word/);
    await refusal(await create(addDraft({ hiddenTests: [{ input: { a: 1, b: 2 }, output: "three" }] })), 400, /hidden tests: test 1: .*int/);
    await refusal(await create(addDraft({ examples: [{ input: { a: 1 }, output: 1 }] })), 400, /problem: example 1: input/);
    const many = Array.from({ length: OWN_PROBLEM_LIMITS.hiddenTests + 1 }, (_, i) => ({ input: { a: i, b: 0 }, output: i }));
    await refusal(await create(addDraft({ hiddenTests: many })), 400, /at most 50 hidden tests/);
    await refusal(await create(addDraft({ statement: "x".repeat(OWN_PROBLEM_LIMITS.statementChars + 1) })), 400, /statement is over/);
    await refusal(await create(addDraft({ references: { python: "x".repeat(OWN_PROBLEM_LIMITS.referenceChars + 1) } })), 400, /reference is over/);
    await refusal(await create(addDraft({ statement: "x".repeat(OWN_PROBLEM_LIMITS.bodyBytes) })), 413, /request body over/);
    expect(ROUTE_BODIES.ownProblems.response.parse(await (await callAs(acme.interviewer, "ownProblems", {})).json()).problems).toEqual([]);
  });
});
