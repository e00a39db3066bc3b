/**
 * Organisation API keys (issue 13): an admin makes a key (shown once, only its SHA-256 kept),
 * lists and revokes keys, each change in the organisation's audit log; an applicant-tracking
 * system creates rooms and reads the organisation's interviews and a room's results with one.
 * Every refusal — wrong role, non-member, bad input, unknown, revoked, wrong scope, another
 * organisation — is a clear error and writes nothing.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { asAccount, createOrgAs, startAccount } from "./accounts";
import { call, join } from "./api";
import { count, createKeyAs, memberOf, revokeKeyAs, withKey } from "./api-keys";

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function orgWithAdmin(name = "Acme") {
  const admin = await startAccount("Ada Admin");
  const org = await createOrgAs(admin, name);
  return { admin, orgId: org.id };
}

const keyRow = (id: string) => env.DB.prepare("SELECT * FROM api_keys WHERE id = ?").bind(id).first<Record<string, unknown>>();

describe("an organisation's API keys, for its admins", () => {
  it("an admin creates a key: shown once, only its SHA-256 stored, listed without it, audited", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const created = await createKeyAs(admin, orgId, ["rooms:create", "rooms:read"]);
    expect(created.key).toMatch(/^duet_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "Greenhouse", scopes: ["rooms:create", "rooms:read"], createdBy: admin.userId, lastUsedAt: null, revokedAt: null });
    expect(created.start).toBe(created.key.slice(0, 9));

    const row = await keyRow(created.id);
    expect(row?.key_hash).toBe(await sha256Hex(created.key));
    expect(Object.values(row ?? {}).some((v) => typeof v === "string" && v.includes(created.key.slice(9)))).toBe(false);

    const listed = await asAccount(admin, pathTo(ROUTES.apiKeys, { orgId }));
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(created.key.slice(9));
    expect(text).not.toContain(row?.key_hash);
    const { key: _shownOnce, ...summary } = created;
    expect(ROUTE_BODIES.apiKeys.response.parse(JSON.parse(text)).keys).toEqual([summary]);
    expect(await count("org_audit", "organization_id = ? AND action = 'api_key.create'", orgId)).toBe(1);
  });

  it("reviewers and interviewers get 403, non-members 404, nobody 401: no key is made, listed or revoked", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const existing = await createKeyAs(admin, orgId, ["rooms:read"]);
    const before = await count("api_keys");
    const body = { name: "Mine", scopes: ["rooms:create"] };
    for (const [who, status] of [[await memberOf(orgId, "reviewer", "Rev"), 403], [await memberOf(orgId, "interviewer", "Ivy"), 403], [await startAccount("Eve"), 404], [null, 401]] as const) {
      expect((await asAccount(who, pathTo(ROUTES.createApiKey, { orgId }), { body })).status).toBe(status);
      expect((await asAccount(who, pathTo(ROUTES.apiKeys, { orgId }))).status).toBe(status);
      expect((await asAccount(who, pathTo(ROUTES.revokeApiKey, { orgId, keyId: existing.id }), { method: "POST" })).status).toBe(status);
    }
    expect(await count("api_keys")).toBe(before);
    expect((await keyRow(existing.id))?.revoked_at).toBeNull();
    expect(await count("org_audit", "organization_id = ? AND action LIKE 'api_key.%'", orgId)).toBe(1);
  });

  it("bad input is a 400 (or 413) naming the problem, and makes no key", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const path = pathTo(ROUTES.createApiKey, { orgId });
    const bad: [unknown, RegExp][] = [
      [{ name: "ATS", scopes: ["rooms:delete"] }, /scopes/],
      [{ name: "ATS", scopes: [] }, /at least one scope/],
      [{ name: "ATS", scopes: ["rooms:read", "rooms:read"] }, /each scope once/],
      [{ name: " \u200b ", scopes: ["rooms:read"] }, /name/],
      [{ name: "x".repeat(65), scopes: ["rooms:read"] }, /name/],
      [{ name: "ATS", scopes: ["rooms:read"], key: "duet_mine" }, /key/],
      [{ scopes: ["rooms:read"] }, /name/],
    ];
    for (const [body, message] of bad) {
      const res = await asAccount(admin, path, { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "bad_request", message: expect.stringMatching(message) } });
    }
    expect((await asAccount(admin, path, { body: { name: "x".repeat(20_000), scopes: ["rooms:read"] } })).status).toBe(413);
    expect(await count("api_keys", "organization_id = ?", orgId)).toBe(0);
  });

  it("a revoked key stops working at once; the list shows when, the log says who; revoking twice is harmless", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const { id, key } = await createKeyAs(admin, orgId, ["rooms:create", "rooms:read"]);
    expect((await withKey(key, pathTo(ROUTES.orgInterviews, { orgId }))).status).toBe(200);
    await revokeKeyAs(admin, orgId, id);
    const refused = await withKey(key, pathTo(ROUTES.createRoom), { body: { title: "After revoke" } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "unauthorized", message: expect.stringMatching(/revoked/) } });
    expect((await withKey(key, pathTo(ROUTES.orgInterviews, { orgId }))).status).toBe(401);

    const again = await asAccount(admin, pathTo(ROUTES.revokeApiKey, { orgId, keyId: id }), { method: "POST" });
    expect(again.status).toBe(200);
    const { keys } = ROUTE_BODIES.apiKeys.response.parse(await (await asAccount(admin, pathTo(ROUTES.apiKeys, { orgId }))).json());
    expect(keys[0].revokedAt).toEqual(ROUTE_BODIES.revokeApiKey.response.parse(await again.json()).revokedAt);
    expect(await count("org_audit", "organization_id = ? AND action = 'api_key.revoke' AND actor_id = ?", orgId, admin.userId)).toBe(1);
    expect(await count("rooms", "owner_id = ?", `apikey:${id}`)).toBe(0);
  });

  it("an admin of one organisation cannot revoke another's key", async () => {
    const a = await orgWithAdmin("A");
    const b = await orgWithAdmin("B");
    const theirs = await createKeyAs(b.admin, b.orgId, ["rooms:read"]);
    const res = await asAccount(a.admin, pathTo(ROUTES.revokeApiKey, { orgId: a.orgId, keyId: theirs.id }), { method: "POST" });
    expect(res.status).toBe(404);
    expect((await keyRow(theirs.id))?.revoked_at).toBeNull();
  });
});

describe("an applicant-tracking system with a key", () => {
  it("creates a room in the key's organisation: the interviewer link works, the log says which key, the key is marked used", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const { id, key } = await createKeyAs(admin, orgId, ["rooms:create"]);
    const res = await withKey(key, pathTo(ROUTES.createRoom), { body: { title: "Backend screen" } });
    expect(res.status).toBe(201);
    const room = ROUTE_BODIES.createRoom.response.parse(await res.json());
    const interviewer = await join(room, "interviewer", "Ivy");
    expect(interviewer.room.title).toBe("Backend screen");

    const { interviews } = ROUTE_BODIES.orgInterviews.response.parse(await (await asAccount(admin, pathTo(ROUTES.orgInterviews, { orgId }))).json());
    expect(interviews.find((i) => i.roomId === room.roomId)).toMatchObject({ orgId, ownerId: `apikey:${id}` });
    const logged = await env.DB.prepare("SELECT actor_name, detail FROM org_audit WHERE organization_id = ? AND action = 'room.create'").bind(orgId).first<{ actor_name: string; detail: string }>();
    expect(logged?.actor_name).toBe("Greenhouse (API key)");
    expect(JSON.parse(logged?.detail ?? "{}")).toMatchObject({ roomId: room.roomId, apiKeyId: id });
    expect((await keyRow(id))?.last_used_at).toEqual(expect.any(Number));
  });

  it("is refused without the scope (403), for another organisation (403), or unknown (401); the refusal writes nothing", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const other = await orgWithAdmin("Other");
    const reader = await createKeyAs(admin, orgId, ["rooms:read"]);
    const creator = await createKeyAs(admin, orgId, ["rooms:create"]);
    const rooms = await count("rooms");
    const cases: [string, unknown, number, RegExp][] = [
      [reader.key, { title: "x" }, 403, /scope rooms:create/],
      [creator.key, { title: "x", orgId: other.orgId }, 403, /another organisation/],
      [`duet_${"A".repeat(43)}`, { title: "x" }, 401, /unknown API key/],
      ["duet_short", { title: "x" }, 401, /unknown API key/],
    ];
    for (const [key, body, status, message] of cases) {
      const res = await withKey(key, pathTo(ROUTES.createRoom), { body });
      expect(res.status, key).toBe(status);
      expect(await res.json()).toMatchObject({ error: { message: expect.stringMatching(message) } });
    }
    expect(await count("rooms")).toBe(rooms);
    expect((await keyRow(reader.id))?.last_used_at).toBeNull();
    expect((await keyRow(creator.id))?.last_used_at).toBeNull();
    const forOther = await withKey(reader.key, pathTo(ROUTES.orgInterviews, { orgId: other.orgId }));
    expect(forOther.status).toBe(403);
  });

  it("reads the organisation's interviews and a room's results: participants and verdicts, also after the room ended", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const { key } = await createKeyAs(admin, orgId, ["rooms:create", "rooms:read"]);
    const room = ROUTE_BODIES.createRoom.response.parse(await (await withKey(key, pathTo(ROUTES.createRoom), { body: { title: "Final round" } })).json());
    const interviewer = await join(room, "interviewer", "Ivy");
    const candidate = await join(room, "candidate", "Cam");
    await env.DB.prepare(
      "INSERT INTO submissions (id, room_id, user_id, problem_slug, language, code, verdict, passed, total, time_ms, memory_kb, created_at) VALUES (?, ?, ?, 'two-sum', 'python', 'print(1)', 'AC', 12, 12, 31, 9000, ?)",
    ).bind(crypto.randomUUID(), room.roomId, candidate.identity.userId, Date.now()).run();
    expect((await call(pathTo(ROUTES.end, { roomId: room.roomId }), { method: "POST", token: interviewer.token })).status).toBe(200);

    const list = ROUTE_BODIES.orgInterviews.response.parse(await (await withKey(key, pathTo(ROUTES.orgInterviews, { orgId }))).json());
    expect(list.interviews.map((i) => i.roomId)).toEqual([room.roomId]);

    const res = await withKey(key, pathTo(ROUTES.roomResults, { roomId: room.roomId }));
    expect(res.status).toBe(200);
    const results = ROUTE_BODIES.roomResults.response.parse(await res.json());
    expect(results.room).toMatchObject({ id: room.roomId, title: "Final round", orgId, endedAt: expect.any(Number) });
    expect(results.participants.map((p) => [p.name, p.role])).toEqual([["Ivy", "interviewer"], ["Cam", "candidate"]]);
    expect(results.submissions).toEqual([expect.objectContaining({ userId: candidate.identity.userId, verdict: "AC", passed: 12, total: 12 })]);
    expect(JSON.stringify(results)).not.toContain("print(1)"); // the code is the record's, not the ATS's
  });

  it("another organisation's key, a key without rooms:read, and nobody cannot read a room's results", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const { key } = await createKeyAs(admin, orgId, ["rooms:create"]);
    const room = ROUTE_BODIES.createRoom.response.parse(await (await withKey(key, pathTo(ROUTES.createRoom), { body: {} })).json());
    const other = await orgWithAdmin("Other");
    const theirs = await createKeyAs(other.admin, other.orgId, ["rooms:read"]);
    const path = pathTo(ROUTES.roomResults, { roomId: room.roomId });
    expect((await withKey(theirs.key, path)).status).toBe(404);
    expect((await keyRow(theirs.id))?.last_used_at).toBeNull();
    expect((await withKey(key, path)).status).toBe(403);
    expect((await withKey(theirs.key, pathTo(ROUTES.roomResults, { roomId: "nosuchroom000000" }))).status).toBe(404);
    expect((await call(path)).status).toBe(401);
  });
});

describe("a room's results, for people", () => {
  it("the room's interviewer and the organisation's reviewers and admins read them; another interviewer and an outsider get 403", async () => {
    const { admin, orgId } = await orgWithAdmin();
    const ivy = await memberOf(orgId, "interviewer", "Ivy");
    const created = await asAccount(ivy, pathTo(ROUTES.createRoom), { body: { title: "Ivy's" } });
    const { roomId } = ROUTE_BODIES.createRoom.response.parse(await created.json());
    const path = pathTo(ROUTES.roomResults, { roomId });
    for (const who of [ivy, admin, await memberOf(orgId, "reviewer", "Rev")]) {
      const res = await asAccount(who, path);
      expect(res.status, who.name).toBe(200);
      expect(ROUTE_BODIES.roomResults.response.parse(await res.json()).room.title).toBe("Ivy's");
    }
    for (const who of [await memberOf(orgId, "interviewer", "Ian"), await startAccount("Eve")]) {
      expect((await asAccount(who, path)).status, who.name).toBe(403);
    }
  });
});
