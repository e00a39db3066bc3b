/** The test-only routes mint sessions and abort rooms: anywhere but DUET_ENV=test they do not exist. */
import { describe, expect, it } from "vitest";
import { fetchWith, PRODUCTION } from "./with-vars";
import { pathTo, ROUTES } from "../../contracts/routes";

const session = { roomId: "testonlyroom0001", role: "interviewer", userId: "u", name: "Mallory", inviteId: "i" };

describe("test-only routes", () => {
  for (const [label, vars] of [["production", PRODUCTION], ["development", { DUET_ENV: "development" }]] as const) {
    it(`answer 404 in ${label}, and mint nothing`, async () => {
      const res = await fetchWith(vars, `http://localhost:8787${pathTo(ROUTES.testSession)}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: vars.PUBLIC_ORIGIN ?? "http://localhost:8787" },
        body: JSON.stringify(session),
      });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("token\":");
      const abort = await fetchWith(vars, `http://localhost:8787${pathTo(ROUTES.testAbort, { roomId: "testonlyroom0001" })}`, {
        method: "POST",
        headers: { origin: vars.PUBLIC_ORIGIN ?? "http://localhost:8787" },
      });
      expect(abort.status).toBe(404);
    });
  }

  it("in tests, a session names a real room: its token opens that room's commands and no other", async () => {
    const res = await fetchWith({}, `http://localhost${pathTo(ROUTES.testSession)}`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(session),
    });
    const { token } = (await res.json()) as { token: string };
    const own = await fetchWith({}, `http://localhost${pathTo(ROUTES.submissions, { roomId: session.roomId })}`, { headers: { authorization: `Bearer ${token}` } });
    expect(own.status).toBe(200);
    const other = await fetchWith({}, `http://localhost${pathTo(ROUTES.submissions, { roomId: "testonlyroom0002" })}`, { headers: { authorization: `Bearer ${token}` } });
    expect(other.status).toBe(403);
  });
});
