/**
 * A version of an interviewer's own problem is checked on the real runner in the background
 * (durable-objects/problem-checks/): ready only when every reference is Accepted and every
 * language's starter runs, else failed with the reason.
 */
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../../data/db";
import { ownProblemVersions } from "../../data/schema";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { callAs, team } from "./org-team";
import { addDraft, checked } from "./own-problems-fixture";

const CONTROL = (env as unknown as { TEST_RUNNER_CONTROL: string }).TEST_RUNNER_CONTROL;

afterEach(async () => {
  await fetch(`${CONTROL}/start`); // a test that stopped the runner must not take it from the next
});

describe("checking an interviewer's own problem", () => {
  it("a correct reference and the starters in every language make the version ready; a wrong reference fails it, saying where", async () => {
    const acme = await team("Checks Co");
    const good = ROUTE_BODIES.createOwnProblem.response.parse(await (await callAs(acme.interviewer, "createOwnProblem", {}, addDraft())).json());
    const wrong = addDraft({
      title: "Add two (wrong)",
      references: { python: "class Solution:\n    def addTwo(self, a: int, b: int) -> int:\n        return a - b\n", javascript: "function addTwo(a, b) {\n    return a + b;\n}\n" },
    });
    const bad = ROUTE_BODIES.createOwnProblem.response.parse(await (await callAs(acme.interviewer, "createOwnProblem", {}, wrong)).json());
    expect(good.problem.latest.status).toBe("checking");

    const [ok, failed] = await Promise.all([checked(acme.interviewer, good.problem.id), checked(acme.interviewer, bad.problem.id)]);
    expect(ok.latest).toMatchObject({ status: "ready", detail: null });
    expect(ok.readyVersion).toBe(1);
    expect(failed.latest.status).toBe("failed");
    expect(failed.latest.detail).toMatch(/^the python reference is not Accepted: WA on example 1: expected 3, got -1/);
    expect(failed.readyVersion).toBeNull();

    // An edit that breaks the tests fails the new version; the ready one stays ready for rooms
    const edited = await callAs(acme.interviewer, "editOwnProblem", { problemId: good.problem.id }, addDraft({ hiddenTests: [{ input: { a: 1, b: 1 }, output: 3 }] }));
    expect(edited.status).toBe(200);
    const after = await checked(acme.interviewer, good.problem.id);
    expect(after.latest).toMatchObject({ version: 2, status: "failed" });
    expect(after.latest.detail).toMatch(/hidden test 1: expected 3, got 2/);
    expect(after.readyVersion).toBe(1);
  }, 300_000);

  it("a runner that is down proves nothing: the version stays checking, says why, and is checked again once the runner is back", async () => {
    const acme = await team("Runner Down Co");
    await fetch(`${CONTROL}/stop`);
    const made = ROUTE_BODIES.createOwnProblem.response.parse(await (await callAs(acme.interviewer, "createOwnProblem", {}, addDraft())).json());
    const seen = async () => ROUTE_BODIES.ownProblem.response.parse(await (await callAs(acme.interviewer, "ownProblem", { problemId: made.problem.id })).json()).problem.latest;
    const deadline = Date.now() + 20_000;
    while (!(await seen()).detail?.includes("trying again")) {
      if (Date.now() > deadline) throw new Error(`no retry noted: ${JSON.stringify(await seen())}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await seen()).toMatchObject({ status: "checking", detail: expect.stringMatching(/^the runner could not finish the checks: .*\(trying again\)$/) });
    await fetch(`${CONTROL}/start`);
    expect((await checked(acme.interviewer, made.problem.id, 60_000)).latest).toMatchObject({ status: "ready", detail: null });
  }, 120_000);

  it("a version replaced while the runner was down is not checked when it comes back: it says so, and the new version is checked and ready", async () => {
    const acme = await team("Superseded Co");
    await fetch(`${CONTROL}/stop`);
    const made = ROUTE_BODIES.createOwnProblem.response.parse(await (await callAs(acme.interviewer, "createOwnProblem", {}, addDraft())).json());
    const version1 = async () => {
      const [row] = await db(env.DB).select().from(ownProblemVersions).where(and(eq(ownProblemVersions.problemId, made.problem.id), eq(ownProblemVersions.version, 1)));
      return row;
    };
    const deadline = Date.now() + 20_000;
    while (!(await version1()).statusDetail?.includes("trying again")) {
      if (Date.now() > deadline) throw new Error("version 1 was never tried");
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await callAs(acme.interviewer, "editOwnProblem", { problemId: made.problem.id }, addDraft({ title: "Add two, second edition" }))).status).toBe(200);
    await fetch(`${CONTROL}/start`);
    expect((await checked(acme.interviewer, made.problem.id, 60_000)).latest).toMatchObject({ version: 2, status: "ready", detail: null });
    const until = Date.now() + 60_000;
    while ((await version1()).status === "checking") {
      if (Date.now() > until) throw new Error(`version 1 still checking: ${(await version1()).statusDetail}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await version1()).toMatchObject({ status: "failed", statusDetail: "not checked: version 2 replaced it before its checks ran" });
  }, 180_000);
});
