/**
 * An organisation's settings and audit log: settings come back merged with the defaults and only
 * admins change them, within their bounds; the audit log pages newest first, 100 at a time, without
 * losing an entry at a page's edge.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEFAULT_ORG_QUOTAS } from "../../contracts/accounts";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { asAccount } from "./accounts";
import { callAs, team } from "./org-team";

describe("organisation settings", () => {
  it("start as the defaults; an admin's change keeps the fields it leaves out, and is logged", async () => {
    const { orgId, admin, interviewer } = await team();
    const defaults = { ...DEFAULT_ORG_QUOTAS, retentionDays: null, defaultRubric: null, privacyUrl: null };
    expect(await (await callAs(interviewer, "orgSettings", { orgId })).json()).toEqual(defaults);

    const rubric = [{ id: "problem-solving", title: "Problem solving", description: "Explores approaches" }, { id: "coding", title: "Coding" }];
    const first = await callAs(admin, "updateOrgSettings", { orgId }, { runsPerHour: 120, defaultRubric: rubric });
    expect(ROUTE_BODIES.updateOrgSettings.response.parse(await first.json())).toEqual({ ...defaults, runsPerHour: 120, defaultRubric: rubric });
    await callAs(admin, "updateOrgSettings", { orgId }, { retentionDays: 90 });
    const now = ROUTE_BODIES.orgSettings.response.parse(await (await callAs(interviewer, "orgSettings", { orgId })).json());
    expect(now).toEqual({ ...defaults, runsPerHour: 120, retentionDays: 90, defaultRubric: rubric });
    await callAs(admin, "updateOrgSettings", { orgId }, { retentionDays: null });
    expect(ROUTE_BODIES.orgSettings.response.parse(await (await callAs(admin, "orgSettings", { orgId })).json()).retentionDays).toBeNull();

    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(admin, "orgAudit", { orgId })).json());
    const changes = audit.entries.filter((e) => e.action === "org.settings").map((e) => e.detail);
    expect(changes).toEqual([{ retentionDays: null }, { retentionDays: 90 }, { runsPerHour: 120, defaultRubric: "changed" }]);
  });

  it("out-of-bounds, unknown, malformed and oversize settings are refused and nothing is written", async () => {
    const { orgId, admin } = await team();
    for (const body of [{ runsPerHour: 0 }, { roomsWithRuns: 1001 }, { retentionDays: 1.5 }, { runsPerHour: "600" }, { owner: "me" }, { runsPerHour: null },
      // a rubric is 1–20 criteria with distinct ids and a title each (contracts/scorecards.ts)
      { defaultRubric: { criteria: [{ name: "Problem solving" }] } }, { defaultRubric: [] }, { defaultRubric: [{ id: "a", title: " " }] },
      { defaultRubric: [{ id: "a", title: "A" }, { id: "a", title: "B" }] }, { defaultRubric: Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, title: "C" })) }]) {
      expect((await callAs(admin, "updateOrgSettings", { orgId }, body)).status, JSON.stringify(body)).toBe(400);
    }
    // No body at all is no change.
    expect((await callAs(admin, "updateOrgSettings", { orgId })).status).toBe(200);
    expect((await asAccount(admin, pathTo(ROUTES.updateOrgSettings, { orgId }), { method: "POST", body: "a string, not settings" })).status).toBe(400);
    expect((await callAs(admin, "updateOrgSettings", { orgId }, { defaultRubric: "x".repeat(20_000) })).status).toBe(413);
    const row = await env.DB.prepare("select * from org_settings where organization_id = ?").bind(orgId).first();
    expect(row).toBeNull();
  });
});

describe("the organisation's audit log", () => {
  it("pages newest first, 100 at a time, neither losing nor repeating entries that share a millisecond across a page's edge", async () => {
    const { orgId, admin } = await team();
    // 230 entries: the first 120 share one millisecond, the rest one each.
    const base = Date.now() - 1_000_000;
    const rows = Array.from({ length: 230 }, (_, i) => [i < 120 ? base : base + i, `e${i}`] as const);
    await env.DB.batch(rows.map(([ts, name]) =>
      env.DB.prepare("insert into org_audit (organization_id, ts, actor_id, actor_name, action, detail) values (?, ?, 'u', 'Seeder', 'member.join', ?)").bind(orgId, ts, JSON.stringify({ name }))));

    const seen: string[] = [];
    let next: { before: number; beforeId: number } | null | undefined;
    for (let page = 0; page < 10 && next !== null; page++) {
      const res = await asAccount(admin, `${pathTo(ROUTES.orgAudit, { orgId })}${next ? `?before=${next.before}&beforeId=${next.beforeId}` : ""}`);
      const body = ROUTE_BODIES.orgAudit.response.parse(await res.json());
      expect(body.entries.length).toBeLessThanOrEqual(100);
      const ts = body.entries.map((e) => e.ts);
      expect(ts).toEqual([...ts].sort((a, b) => b - a));
      seen.push(...body.entries.map((e) => String(e.detail?.name ?? e.action)));
      next = body.next;
    }
    expect(next).toBeNull();
    const seeded = seen.filter((n) => /^e\d+$/.test(n));
    expect(seeded).toHaveLength(230);
    expect(new Set(seeded).size).toBe(230);
    expect(seen.filter((n) => !/^e\d+$/.test(n)).length).toBeGreaterThanOrEqual(3); // org.create and the team's joins
  });

  it("?before= alone jumps to a moment: only older entries", async () => {
    const { orgId, admin } = await team();
    const all = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(admin, "orgAudit", { orgId })).json());
    const newest = all.entries[0].ts;
    const older = ROUTE_BODIES.orgAudit.response.parse(await (await asAccount(admin, `${pathTo(ROUTES.orgAudit, { orgId })}?before=${newest}`)).json());
    expect(older.entries.every((e) => e.ts < newest)).toBe(true);
    expect(older.next).toBeNull();
  });

  it("a malformed ?before= is a 400", async () => {
    const { orgId, admin } = await team();
    for (const q of ["abc", "-5", "1.5", "1e400", "1&beforeId=x"]) {
      expect((await asAccount(admin, `${pathTo(ROUTES.orgAudit, { orgId })}?before=${q}`)).status, q).toBe(400);
    }
    expect((await asAccount(admin, `${pathTo(ROUTES.orgAudit, { orgId })}?limit=5`)).status).toBe(400);
  });
});
