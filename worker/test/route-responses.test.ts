/**
 * Every route's success answers as the route table says (contracts/route-bodies.ts): each route with a
 * response schema is called once, the way a client would, and its body parsed with that (strict)
 * schema, so a field added or renamed on one side only fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { pathTo, ROUTES, type Route, type RouteName } from "../../contracts/routes";
import { asAccount, startAccount, type TestAccount } from "./accounts";
import { call, tokenOf } from "./api";
import { addDraft } from "./own-problems-fixture";
import { seedProblems } from "./seed";

beforeAll(() => seedProblems());

const answered = new Set<RouteName>();

/** Calls a route and parses its success body with the route's response schema. */
async function answer<N extends RouteName>(name: N, params: Record<string, string>, init: { token?: string; body?: unknown; account?: TestAccount; query?: string } = {}): Promise<ResponseBody<N>> {
  const route = ROUTES[name] as Route;
  const path = pathTo(route, params) + (init.query ? `?${init.query}` : "");
  const res = init.account ? await asAccount(init.account, path, { method: route.method, body: init.body }) : await call(path, { method: route.method, token: init.token, body: init.body });
  const text = await res.text();
  expect(res.ok, `${name}: ${res.status} ${text}`).toBe(true);
  const parsed = ROUTE_BODIES[name].response?.safeParse(JSON.parse(text));
  expect(parsed?.success, `${name}: ${parsed?.error?.message} in ${text.slice(0, 400)}`).toBe(true);
  answered.add(name);
  return parsed?.data as ResponseBody<N>;
}

const FINAL = new Set(["finished", "failed", "cancelled", "interrupted"]);

async function finished(roomId: string, runId: string, token: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!FINAL.has((await answer("run", { roomId, runId }, { token })).run.status)) {
    if (Date.now() > deadline) throw new Error(`run ${runId} did not finish`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("responses match the route table", () => {
  afterAll(() => {
    const withResponse = (Object.keys(ROUTE_BODIES) as RouteName[]).filter((n) => ROUTE_BODIES[n].response !== null);
    expect([...answered].sort()).toEqual(withResponse.sort());
  });

  it("rooms, links, commands, runs, problems and the test-only routes", async () => {
    await answer("healthz", {});
    await answer("languages", {});
    await answer("deepHealth", {}); // open on a test server (no HEALTH_TOKEN outside production)
    await answer("problems", {});
    await answer("problem", { slug: "two-sum" });

    const room = await answer("createRoom", {}, { body: { title: "Routes", language: "python", problem: "two-sum" } });
    const roomId = room.roomId;
    const ivy = await answer("join", { roomId }, { token: tokenOf(room.links.interviewer), body: { name: "Ivy" } });
    const cam = await answer("join", { roomId }, { token: tokenOf(room.links.candidate), body: { name: "Cam" } });
    const [interviewer, candidate] = [{ token: ivy.token }, { token: cam.token }];

    await answer("room", { roomId }, candidate);
    await answer("room", { roomId }, { token: tokenOf(room.links.candidate) }); // the join page reads the notice with the invite (identity null)
    await answer("inviteInfo", { roomId }, { token: tokenOf(room.links.candidate), body: {} }); // the join page asks where a link leads before joining
    await answer("setReadOnly", { roomId }, { ...interviewer, body: { candidateReadOnly: false } });
    await answer("invites", { roomId }, interviewer);
    const invite = await answer("createInvite", { roomId }, { ...interviewer, body: { role: "spectator" } });
    await answer("revokeInvite", { roomId, inviteId: invite.id }, interviewer);
    await answer("extend", { roomId }, { ...interviewer, body: { hours: 1 } });
    await answer("roomSession", { roomId }, interviewer);
    await answer("forgetRoomSession", { roomId });

    await answer("chat", { roomId }, { ...candidate, body: { text: "hello" } });
    await answer("setLanguage", { roomId }, { ...candidate, body: { language: "python" } });
    await answer("setProblem", { roomId }, { ...interviewer, body: { slug: "two-sum" } });
    await answer("revealHint", { roomId }, interviewer);
    await answer("problemNotes", { roomId }, interviewer);
    await answer("timer", { roomId }, { ...interviewer, body: { action: "start", minutes: 30 } });
    await answer("setSpectatorsVisible", { roomId }, { ...interviewer, body: { visible: true } });

    // The starter code judged against the examples: a finished run either way.
    const { runId } = await answer("startRun", { roomId }, { ...candidate, body: { language: "python" } });
    await answer("cancelRun", { roomId, runId }, candidate);
    await finished(roomId, runId, interviewer.token);
    const submitted = await answer("submit", { roomId }, { ...candidate, body: { language: "python" } });
    await finished(roomId, submitted.runId, candidate.token);
    expect((await answer("submissions", { roomId }, interviewer)).submissions.length).toBe(1);

    await answer("signals", { roomId }, { ...candidate, body: { signals: [{ kind: "blur", at: Date.now() }] } });
    await answer("recordAccess", { roomId }, { ...interviewer, body: { spectators: false } });
    await answer("setRubric", { roomId }, { ...interviewer, body: { rubric: [{ id: "coding", title: "Coding" }] } });
    await answer("saveScorecard", { roomId }, { ...interviewer, body: { recommendation: "yes", submit: true } });
    await answer("scorecard", { roomId }, interviewer);
    await answer("end", { roomId }, interviewer);
    await answer("record", { roomId }, interviewer);
    await answer("recordCode", { roomId }, { ...interviewer, query: `t=${Date.now()}` });
    await answer("recordKey", {});
    await answer("recordExport", { roomId }, interviewer);
    await answer("deleteRecord", { roomId }, interviewer);

    const session = { roomId: `routes-${crypto.randomUUID().slice(0, 8)}`, role: "interviewer", userId: "u", name: "Tess", inviteId: "i" };
    await answer("testSession", {}, { body: session });
    await answer("testAbort", { roomId: session.roomId });
    await answer("testDeploy", { roomId: session.roomId }, { body: { contract: 3 } });
  });

  it("accounts and organisations", async () => {
    const account = await startAccount("Ada");
    await answer("me", {}, { account });
    const org = await answer("createOrg", {}, { account, body: { name: "Routes Inc" } });
    const { roomId } = await answer("createRoom", {}, { account, body: { title: "Account room" } });
    await answer("myInterviews", {}, { account });
    await answer("recentProblems", {}, { account });
    await answer("orgInterviews", { orgId: org.id }, { account });
    const own = await answer("createOwnProblem", {}, { account, body: addDraft() });
    await answer("ownProblems", {}, { account });
    await answer("ownProblem", { problemId: own.problem.id }, { account });
    await answer("editOwnProblem", { problemId: own.problem.id }, { account, body: addDraft({ title: "Add two, again" }) });
    await answer("deleteOwnProblem", { problemId: own.problem.id }, { account });
    await answer("enterRoom", { roomId }, { account });

    const inviteCode = async () => new URL((await answer("createOrgInvite", { orgId: org.id }, { account, body: { role: "interviewer" } })).link).hash.slice(1);
    const [cole, lee] = [await startAccount("Cole"), await startAccount("Lee")];
    const coleInvite = await inviteCode();
    await answer("previewOrgInvite", {}, { body: { invite: coleInvite } });
    await answer("acceptOrgInvite", {}, { account: cole, body: { invite: coleInvite } });
    await answer("acceptOrgInvite", {}, { account: lee, body: { invite: await inviteCode() } });
    const unused = await answer("createOrgInvite", { orgId: org.id }, { account, body: { role: "admin", ttlHours: 1 } });
    await answer("revokeOrgInvite", { orgId: org.id, inviteId: unused.id }, { account });
    await answer("orgInvites", { orgId: org.id }, { account });
    await answer("org", { orgId: org.id }, { account });
    await answer("addRoomInterviewer", { roomId }, { account, body: { userId: cole.userId } });
    await answer("setMemberRole", { orgId: org.id, userId: cole.userId }, { account, body: { role: "reviewer" } });
    await answer("orgSettings", { orgId: org.id }, { account });
    await answer("updateOrgSettings", { orgId: org.id }, { account, body: { privacyUrl: "https://routes.example/privacy", retentionDays: 30 } });
    await answer("orgAudit", { orgId: org.id }, { account });
    await answer("eraseCandidate", { orgId: org.id }, { account, body: { name: "Nobody Here" } });

    const key = await answer("createApiKey", { orgId: org.id }, { account, body: { name: "ATS", scopes: ["rooms:read"] } });
    await answer("apiKeys", { orgId: org.id }, { account });
    await answer("roomResults", { roomId }, { account });
    await answer("revokeApiKey", { orgId: org.id, keyId: key.id }, { account });

    const webhook = await answer("createWebhook", { orgId: org.id }, { account, body: { url: "https://ats.example/hooks", events: ["room.created"] } });
    await answer("webhooks", { orgId: org.id }, { account });
    await answer("webhookDeliveries", { orgId: org.id }, { account });
    await answer("deleteWebhook", { orgId: org.id, endpointId: webhook.endpoint.id }, { account });

    await answer("exportMyData", {}, { account });
    await answer("removeMember", { orgId: org.id, userId: lee.userId }, { account });
    await answer("resetMemberSignIn", { orgId: org.id, userId: cole.userId }, { account });
    await answer("deleteMemberData", { orgId: org.id, userId: cole.userId }, { account });
    await answer("deleteMyAccount", {}, { account: lee });
  });
});
