/**
 * Room commands that change the shared state doc: chat, the room's language, the problem and its
 * hints, the timer, whether candidates see spectators' carets. The room's object makes the change; clients
 * never write the state doc themselves.
 */
import { Hono } from "hono";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { db } from "../../data/db";
import { recordPick } from "../../data/problem-picks";
import { problemNotes } from "../../data/problems";
import { knownProblem } from "../known-problem";
import { account } from "../middleware/account";
import { smallBody as small } from "../middleware/body-cap";
import { session } from "../middleware/session";
import { roomStub } from "../room-stub";
import { jsonBody } from "../validate";
import { pickingAccount } from "./recent-problems";

const participants = session({ roles: ["interviewer", "candidate"] });
const roomOf = (c: { env: Env; get(k: "room"): { id: string } }) => roomStub(c.env, c.get("room").id);

export const roomCommands = new Hono<AppEnv>()
  .on(ROUTES.chat.method, ROUTES.chat.path, small, participants, async (c) => {
    const { text } = await jsonBody(c, ROUTE_BODIES.chat.request);
    await roomOf(c).chat(c.get("identity"), text);
    return c.json({ ok: true } satisfies ResponseBody<"chat">, 201);
  })
  .on(ROUTES.setLanguage.method, ROUTES.setLanguage.path, small, participants, async (c) => {
    const { language } = await jsonBody(c, ROUTE_BODIES.setLanguage.request);
    const refused = await roomOf(c).setLanguage(language, c.get("identity"));
    if (refused) throw new HttpError(refused, "the interviewer made you read-only: you cannot change the room's language");
    return c.json({ language } satisfies ResponseBody<"setLanguage">);
  })
  .on(ROUTES.setProblem.method, ROUTES.setProblem.path, small, session({ roles: ["interviewer"] }), account(), async (c) => {
    const { slug, code } = await jsonBody(c, ROUTE_BODIES.setProblem.request);
    const problem = slug === null ? null : await knownProblem(c.env, slug, c.get("room"));
    await roomOf(c).setProblem(problem, c.get("identity"), code);
    const picker = pickingAccount(c);
    if (problem && picker) await recordPick(db(c.env.DB), picker, problem.slug);
    return c.json({ problemSlug: slug } satisfies ResponseBody<"setProblem">);
  })
  .on(ROUTES.revealHint.method, ROUTES.revealHint.path, small, session({ roles: ["interviewer"] }), async (c) => {
    const r = await roomOf(c).revealHint(c.get("identity"));
    if ("refused" in r) throw new HttpError("conflict", r.refused === "no_problem" ? "the problem on the table has no hints" : "every hint is already shown");
    return c.json(r satisfies ResponseBody<"revealHint">);
  })
  .on(ROUTES.problemNotes.method, ROUTES.problemNotes.path, session({ roles: ["interviewer"] }), async (c) => {
    const onTable = await roomOf(c).problemOnTable();
    if (!onTable) throw new HttpError("not_found", "no problem is on the table");
    const notes = await problemNotes(db(c.env.DB), onTable.slug);
    if (!notes) throw new HttpError("not_found", `no problem "${onTable.slug}"`);
    // The hints are the room's copy, the ones it reveals; the rest is the library's.
    return c.json({ slug: onTable.slug, hints: onTable.hints, ...notes } satisfies ResponseBody<"problemNotes">);
  })
  .on(ROUTES.timer.method, ROUTES.timer.path, small, session({ roles: ["interviewer"] }), async (c) => {
    const cmd = await jsonBody(c, ROUTE_BODIES.timer.request);
    return c.json({ timer: await roomOf(c).timer(cmd, c.get("identity")) } satisfies ResponseBody<"timer">);
  })
  .on(ROUTES.setSpectatorsVisible.method, ROUTES.setSpectatorsVisible.path, small, session({ roles: ["interviewer"] }), async (c) => {
    const { visible } = await jsonBody(c, ROUTE_BODIES.setSpectatorsVisible.request);
    await roomOf(c).setSpectatorsVisible(visible, c.get("identity"));
    return c.json({ visible } satisfies ResponseBody<"setSpectatorsVisible">);
  });
