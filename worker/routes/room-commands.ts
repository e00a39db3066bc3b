/**
 * Room commands that change the shared state doc: chat, the room's language, the problem, the
 * timer, whether candidates see spectators' carets. The room's object makes the change; clients
 * never write the state doc themselves.
 */
import { Hono } from "hono";
import { ChatSchema, SetLanguageSchema, SetProblemSchema, SetSpectatorsVisibleSchema, TimerCommandSchema } from "../../contracts/room-state";
import type { AppEnv } from "../app-env";
import { knownProblem } from "../known-problem";
import { smallBody as small } from "../middleware/body-cap";
import { session } from "../middleware/session";
import { roomStub } from "../room-stub";
import { jsonBody } from "../validate";

const participants = session({ roles: ["interviewer", "candidate"] });
const roomOf = (c: { env: Env; get(k: "room"): { id: string } }) => roomStub(c.env, c.get("room").id);

export const roomCommands = new Hono<AppEnv>()
  .post("/api/rooms/:roomId/chat", small, participants, async (c) => {
    const { text } = await jsonBody(c, ChatSchema);
    await roomOf(c).chat(c.get("identity"), text);
    return c.json({ ok: true }, 201);
  })
  .post("/api/rooms/:roomId/language", small, participants, async (c) => {
    const { language } = await jsonBody(c, SetLanguageSchema);
    await roomOf(c).setLanguage(language);
    return c.json({ language });
  })
  .post("/api/rooms/:roomId/problem", small, session({ roles: ["interviewer"] }), async (c) => {
    const { slug } = await jsonBody(c, SetProblemSchema);
    const problem = slug === null ? null : await knownProblem(c.env, slug);
    await roomOf(c).setProblem(problem);
    return c.json({ problemSlug: slug });
  })
  .post("/api/rooms/:roomId/timer", small, session({ roles: ["interviewer"] }), async (c) => {
    const cmd = await jsonBody(c, TimerCommandSchema);
    return c.json({ timer: await roomOf(c).timer(cmd) });
  })
  .post("/api/rooms/:roomId/spectators-visible", small, session({ roles: ["interviewer"] }), async (c) => {
    const { visible } = await jsonBody(c, SetSpectatorsVisibleSchema);
    await roomOf(c).setSpectatorsVisible(visible);
    return c.json({ visible });
  });
