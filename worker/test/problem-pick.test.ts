import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, createRoom, join, staffedRoom } from "./api";
import { seedProblems } from "./seed";
import { pathTo, ROUTES } from "../../contracts/routes";

async function starter(slug: string, lang: string): Promise<string> {
  const row = await env.DB.prepare("SELECT starter FROM problems WHERE slug = ?").bind(slug).first<{ starter: string }>();
  return (JSON.parse(row!.starter) as Record<string, string>)[lang];
}

beforeAll(() => seedProblems());

describe("putting a problem on the table", () => {
  it("a room created with a problem starts with that problem's starter code", async () => {
    const room = await createRoom({ title: "Two Sum", language: "python", problem: "two-sum" });
    const cam = await join(room, "candidate", "Cam");
    const code = await TestClient.connect(room.roomId, { token: cam.token });
    const state = await TestClient.connect(room.roomId, { doc: "state", token: cam.token });
    await until(() => code.synced && state.synced, "synced");
    expect(state.doc.getMap("meta").get("problemSlug")).toBe("two-sum");
    expect(code.text("code:python")).toBe(await starter("two-sum", "python"));
    await call(pathTo(ROUTES.setLanguage, { roomId: room.roomId }), { token: cam.token, body: { language: "java" } });
    await until(() => code.text("code:java").length > 0, "java starter");
    expect(code.text("code:java")).toBe(await starter("two-sum", "java"));
  });

  it("switching problems replaces untouched starters and keeps the candidate's work", async () => {
    const r = await staffedRoom();
    const code = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
    await until(() => code.synced, "synced");
    expect(code.text("code:python")).toBe(LANGUAGES_BY_ID.python.template);
    expect((await call(pathTo(ROUTES.setProblem, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { slug: "two-sum" } })).status).toBe(200);
    await until(() => code.text("code:python") !== LANGUAGES_BY_ID.python.template, "starter replaced the template");
    expect(code.text("code:python")).toBe(await starter("two-sum", "python"));
    code.doc.getText("code:python").insert(0, "# my approach\n");
    await call(pathTo(ROUTES.setProblem, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { slug: "valid-parentheses" } });
    const check = await TestClient.connect(r.room.roomId, { token: r.interviewer.token });
    const state = await TestClient.connect(r.room.roomId, { doc: "state", token: r.interviewer.token });
    await until(() => check.synced && state.synced && state.doc.getMap("meta").get("problemSlug") === "valid-parentheses", "switched");
    expect(check.text("code:python").startsWith("# my approach\n")).toBe(true);
  });

  it("unknown problems, bad slugs and non-interviewers are refused, and nothing changes", async () => {
    const r = await staffedRoom();
    expect((await call(pathTo(ROUTES.setProblem, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { slug: "no-such-problem" } })).status).toBe(404);
    expect((await call(pathTo(ROUTES.setProblem, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { slug: "../etc" } })).status).toBe(400);
    expect((await call(pathTo(ROUTES.setProblem, { roomId: r.room.roomId }), { token: r.candidate.token, body: { slug: "two-sum" } })).status).toBe(403);
    expect((await call(pathTo(ROUTES.createRoom), { body: { problem: "no-such-problem" } })).status).toBe(404);
    const state = await TestClient.connect(r.room.roomId, { doc: "state", token: r.interviewer.token });
    await until(() => state.synced, "synced");
    expect(state.doc.getMap("meta").get("problemSlug")).toBeNull();
  });
});
