/**
 * The problem library: `GET /api/problems` (list) and `GET /api/problems/:slug` (statement,
 * examples, constraints, signature, per-language starter code). Never hidden tests or reference
 * solutions. A signed-in interviewer's list also has their organisation's own problems that are
 * ready (`owner`), each by the ref of its newest ready version: picking it pins that version.
 */
import { Hono } from "hono";
import { parseOwnProblemRef } from "../../contracts/own-problems";
import { ProblemSlugSchema, type ProblemDetail, type Signature } from "../../contracts/problems";
import type { ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import type { ExampleRecord } from "../../judge/problem-spec";
import { signaturesFor } from "../../judge/problem-languages";
import type { AppEnv } from "../app-env";
import { db } from "../../data/db";
import { ownVersionByRef, readyOwnProblems } from "../../data/own-problems";
import { listProblems, problemRow } from "../../data/problems";
import { account } from "../middleware/account";
import { problemScope } from "../own-problems/access";
import { ownProblemDetail } from "../own-problems/detail";
import { HttpError } from "../http-error";

export const problemRoutes = new Hono<AppEnv>()
  .on(ROUTES.problems.method, ROUTES.problems.path, account(), async (c) => {
    const rows = await listProblems(db(c.env.DB));
    const own = c.get("account") ? await problemScope(c).then(({ d, scope }) => readyOwnProblems(d, scope)) : [];
    return c.json({ problems: [...rows, ...own] } satisfies ResponseBody<"problems">);
  })
  .on(ROUTES.problem.method, ROUTES.problem.path, async (c) => {
    const slug = ProblemSlugSchema.safeParse(c.req.param("slug"));
    if (!slug.success) throw new HttpError("bad_request", slug.error.issues[0].message);
    if (parseOwnProblemRef(slug.data)) {
      const found = await ownVersionByRef(db(c.env.DB), slug.data);
      if (!found) throw new HttpError("not_found", `no problem "${slug.data}"`);
      return c.json(ownProblemDetail(slug.data, found.version) satisfies ResponseBody<"problem">);
    }
    const row = await problemRow(db(c.env.DB), slug.data);
    if (!row) throw new HttpError("not_found", `no problem "${slug.data}"`);
    const detail: ResponseBody<"problem"> = {
      slug: row.slug, title: row.title, difficulty: row.difficulty, tags: row.tags, expectedMinutes: row.expectedMinutes,
      statement: row.statement, constraints: row.constraints, signature: row.signature as Signature,
      examples: (row.examples as ExampleRecord[]).map(({ input, output, explanation }) => ({ input, output, ...(explanation ? { explanation } : {}) })),
      starter: row.starter as ProblemDetail["starter"], signatures: signaturesFor(row.signature as Signature), timeLimitMs: row.timeLimitMs, hiddenTests: row.hiddenCount,
    };
    return c.json(detail);
  });

