/**
 * Interviewers' own problems (issue 18): list, create, read, edit (a new version) and delete.
 * Bodies are checked twice: by the route's schema (sizes, shapes) and by the library's own
 * compileProblem (values against the signature, per-test size). Each new version is checked on the
 * runner in the background (worker/own-problems/checks.ts); rooms can use it once it is ready.
 * An organisation's audit log has every change to its problems.
 */
import { Hono } from "hono";
import { OWN_PROBLEM_LIMITS, ownProblemRef } from "../../contracts/own-problems";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import {
  addOwnProblemVersion, countOwnProblems, createOwnProblem, deleteOwnProblem, listOwnProblems, ownProblemWithDraft,
} from "../../data/own-problems";
import type { Db } from "../../data/db";
import { orgAudit, type OrgAuditAction } from "../../data/orgs";
import type { AppEnv, SignedInAccount } from "../app-env";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { actorOf } from "../middleware/org-access";
import { rateLimit } from "../middleware/rate-limit";
import { bodyCap } from "../middleware/body-cap";
import { newProblemOwner, ownedProblem, problemScope } from "../own-problems/access";
import { startChecks } from "../own-problems/checks";
import { compileDraft } from "../own-problems/version";
import { jsonBody } from "../validate";

/** Each version costs up to sixteen compiles and runs on the runner. */
const versionRate = rateLimit("problem version", () => 20);
const problemBody = bodyCap(OWN_PROBLEM_LIMITS.bodyBytes, `${OWN_PROBLEM_LIMITS.bodyBytes / 1024} KiB (statement, tests and references together)`);

/** An organisation's problem changed: its audit log says who did what (an account's own problems have no log). */
async function audited(d: Db, orgId: string | null, me: SignedInAccount, action: OrgAuditAction, detail: Record<string, unknown>): Promise<void> {
  if (orgId) await orgAudit(d, { orgId, actor: actorOf(me), action, detail });
}

async function answer(d: Db, id: string): Promise<ResponseBody<"ownProblem">> {
  const found = await ownProblemWithDraft(d, id);
  if (!found) throw new HttpError("not_found", "no such problem");
  return { problem: found.summary, draft: found.draft };
}

export const ownProblemRoutes = new Hono<AppEnv>()
  .on(ROUTES.ownProblems.method, ROUTES.ownProblems.path, signedIn(), async (c) => {
    const { d, scope } = await problemScope(c);
    return c.json({ problems: await listOwnProblems(d, scope) } satisfies ResponseBody<"ownProblems">);
  })

  .on(ROUTES.createOwnProblem.method, ROUTES.createOwnProblem.path, problemBody, signedIn(), versionRate, async (c) => {
    const { orgId: requested, ...draft } = await jsonBody(c, ROUTE_BODIES.createOwnProblem.request);
    const { me, d, orgId } = await newProblemOwner(c, requested);
    const version = compileDraft(draft, me.userId);
    if ((await countOwnProblems(d, orgId, me.userId)) >= OWN_PROBLEM_LIMITS.problemsPerOwner) {
      throw new HttpError("conflict", `at most ${OWN_PROBLEM_LIMITS.problemsPerOwner} problems: delete one first`);
    }
    const id = await createOwnProblem(d, { orgId, ownerId: me.userId }, version);
    await startChecks(c.env, ownProblemRef(id, 1), { orgId, userId: me.userId });
    await audited(d, orgId, me, "problem.create", { problemId: id, version: 1, title: version.title });
    return c.json(await answer(d, id), 201);
  })

  .on(ROUTES.ownProblem.method, ROUTES.ownProblem.path, signedIn(), async (c) => {
    const { d, problem } = await ownedProblem(c);
    return c.json(await answer(d, problem.id));
  })

  .on(ROUTES.editOwnProblem.method, ROUTES.editOwnProblem.path, problemBody, signedIn(), versionRate, async (c) => {
    const { me, d, problem } = await ownedProblem(c);
    const draft = await jsonBody(c, ROUTE_BODIES.editOwnProblem.request);
    const version = await addOwnProblemVersion(d, problem.id, compileDraft(draft, me.userId));
    await startChecks(c.env, ownProblemRef(problem.id, version), { orgId: problem.orgId, userId: me.userId });
    await audited(d, problem.orgId, me, "problem.edit", { problemId: problem.id, version, title: draft.title });
    return c.json(await answer(d, problem.id));
  })

  .on(ROUTES.deleteOwnProblem.method, ROUTES.deleteOwnProblem.path, signedIn(), async (c) => {
    const { me, d, problem } = await ownedProblem(c);
    await deleteOwnProblem(d, problem.id);
    await audited(d, problem.orgId, me, "problem.delete", { problemId: problem.id });
    return c.json({ deleted: true } satisfies ResponseBody<"deleteOwnProblem">);
  });
