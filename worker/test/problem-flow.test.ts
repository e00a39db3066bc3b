/**
 * The problem mid-interview: the interviewer changes or clears it at any time and chooses what
 * happens to the candidate's code (kept, or replaced with the new starter); everyone converges on
 * the result and the record says so. Only the interviewer may pick: the candidate (read-only or
 * not) and spectators are refused and nothing changes. Real Room in workerd, stock Yjs clients.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, staffedRoom } from "./api";
import { wholeRecord } from "./record-room";
import { seedProblems } from "./seed";

async function starter(slug: string, lang: string): Promise<string> {
  const row = await env.DB.prepare("SELECT starter FROM problems WHERE slug = ?").bind(slug).first<{ starter: string }>();
  return (JSON.parse(row!.starter) as Record<string, string>)[lang];
}

type Staff = Awaited<ReturnType<typeof staffedRoom>>;

function pick(r: Staff, token: string, body: unknown) {
  return call(pathTo(ROUTES.setProblem, { roomId: r.room.roomId }), { token, body });
}

/** A room with Two Sum on the table and the candidate's own code in Python, seen by both. */
async function midInterview() {
  const r = await staffedRoom();
  expect((await pick(r, r.interviewer.token, { slug: "two-sum" })).status).toBe(200);
  const cam = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
  const ivy = await TestClient.connect(r.room.roomId, { token: r.interviewer.token });
  await until(() => cam.synced && ivy.synced && cam.text() === ivy.text() && cam.text().length > 0, "synced with the starter");
  const mine = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]  # my approach\n";
  const text = cam.doc.getText("code:python");
  cam.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, mine);
  });
  await until(() => ivy.text() === mine, "the interviewer sees the candidate's code");
  return { r, cam, ivy, mine };
}

beforeAll(() => seedProblems());

describe("changing the problem mid-interview", () => {
  it("keep: the candidate's code stays, the problem changes", async () => {
    const { r, cam, ivy, mine } = await midInterview();
    expect((await pick(r, r.interviewer.token, { slug: "valid-parentheses", code: "keep" })).status).toBe(200);
    const state = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    await until(() => state.synced && state.doc.getMap("meta").get("problemSlug") === "valid-parentheses", "switched");
    expect(cam.text()).toBe(mine);
    expect(ivy.text()).toBe(mine);
  });

  it("replace: every participant gets the new problem's starter, and the record says whose choice it was", async () => {
    const { r, cam, ivy } = await midInterview();
    const res = await pick(r, r.interviewer.token, { slug: "valid-parentheses", code: "replace" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ problemSlug: "valid-parentheses" });
    const want = await starter("valid-parentheses", "python");
    await until(() => cam.text() === want && ivy.text() === want, "both converge on the new starter");
    const { events } = await wholeRecord(r.room.roomId, r.interviewer.token);
    const picked = events.filter((e) => e.kind === "problem");
    expect(picked.at(-1)).toMatchObject({ slug: "valid-parentheses", replacedCode: "python", userId: r.interviewer.identity.userId });
    const edit = events.find((e) => e.kind === "edit" && e.seq > picked.at(-1)!.seq);
    expect(edit).toMatchObject({ language: "python" });
  });

  it("clear: no problem on the table; replace gives back the language's template", async () => {
    const { r, cam, mine } = await midInterview();
    expect((await pick(r, r.interviewer.token, { slug: null })).status).toBe(200);
    const state = await TestClient.connect(r.room.roomId, { doc: "state", token: r.candidate.token });
    await until(() => state.synced && state.doc.getMap("meta").get("problemSlug") === null, "cleared");
    expect(cam.text()).toBe(mine);
    expect((await pick(r, r.interviewer.token, { slug: null, code: "replace" })).status).toBe(200);
    await until(() => cam.text() === LANGUAGES_BY_ID.python.template, "the template is back");
  });

  it("only the interviewer picks: the candidate, a read-only candidate and a spectator are refused and nothing changes", async () => {
    const { r, cam, mine } = await midInterview();
    expect((await pick(r, r.candidate.token, { slug: "valid-parentheses", code: "replace" })).status).toBe(403);
    expect((await pick(r, r.spectator.token, { slug: null })).status).toBe(403);
    expect((await call(pathTo(ROUTES.setReadOnly, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { candidateReadOnly: true } })).status).toBe(200);
    const refused = await pick(r, r.candidate.token, { slug: "valid-parentheses" });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const state = await TestClient.connect(r.room.roomId, { doc: "state", token: r.interviewer.token });
    await until(() => state.synced, "synced");
    expect(state.doc.getMap("meta").get("problemSlug")).toBe("two-sum");
    expect(cam.text()).toBe(mine);
  });

  it("a malformed choice is a 400 and nothing changes", async () => {
    const { r, cam, mine } = await midInterview();
    for (const body of [{ slug: "valid-parentheses", code: "erase" }, { slug: "valid-parentheses", code: true }, { slug: "valid-parentheses", extra: 1 }, { code: "replace" }]) {
      const res = await pick(r, r.interviewer.token, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    }
    const state = await TestClient.connect(r.room.roomId, { doc: "state", token: r.interviewer.token });
    await until(() => state.synced, "synced");
    expect(state.doc.getMap("meta").get("problemSlug")).toBe("two-sum");
    expect(cam.text()).toBe(mine);
  });
});
