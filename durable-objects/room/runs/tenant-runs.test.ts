import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { TenantRuns } from "./tenant-runs";

describe("a tenant's rooms running code at once", () => {
  const capped = { ...env, RUNS_ROOMS_PER_TENANT: "2" } as Env;

  it("refuses the room past the cap with 429 and a retry time, and admits it once another room's run ends", async () => {
    const tenant = `ip:${crypto.randomUUID()}`;
    const [a, b, c] = ["room-a", "room-b", "room-c"].map((room) => new TenantRuns(capped, room));
    expect(await a.acquire(tenant)).toEqual({ ok: true });
    expect(await b.acquire(tenant)).toEqual({ ok: true });
    const refused = await c.acquire(tenant);
    expect(refused).toMatchObject({ ok: false, code: "rate_limited", message: expect.stringMatching(/2 rooms of yours are already running code/) });
    expect(refused.ok || refused.retryAfter > 0).toBe(true);
    expect((await new TenantRuns(capped, "room-d").acquire(`ip:${crypto.randomUUID()}`)).ok).toBe(true); // another tenant is untouched
    await a.release(tenant);
    expect(await c.acquire(tenant)).toEqual({ ok: true });
  });
});
