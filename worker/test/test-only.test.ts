/** The test-only routes mint sessions and abort rooms: anywhere but DUET_ENV=test they do not exist. */
import { describe, expect, it } from "vitest";
import { fetchWith, PRODUCTION } from "./with-vars";

const session = { roomId: "testonlyroom0001", role: "interviewer", userId: "u", name: "Mallory", inviteId: "i" };

describe("test-only routes", () => {
  for (const [label, vars] of [["production", PRODUCTION], ["development", { DUET_ENV: "development" }]] as const) {
    it(`answer 404 in ${label}, and mint nothing`, async () => {
      const res = await fetchWith(vars, "http://localhost:8787/api/test/sessions", {
        method: "POST",
        headers: { "content-type": "application/json", origin: vars.PUBLIC_ORIGIN ?? "http://localhost:8787" },
        body: JSON.stringify(session),
      });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("token\":");
      const abort = await fetchWith(vars, "http://localhost:8787/api/test/rooms/testonlyroom0001/abort", {
        method: "POST",
        headers: { origin: vars.PUBLIC_ORIGIN ?? "http://localhost:8787" },
      });
      expect(abort.status).toBe(404);
    });
  }

  it("in tests, a session names a real room: its token opens that room's commands and no other", async () => {
    const res = await fetchWith({}, "http://localhost/api/test/sessions", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(session),
    });
    const { token } = (await res.json()) as { token: string };
    const own = await fetchWith({}, `http://localhost/api/rooms/${session.roomId}/submissions`, { headers: { authorization: `Bearer ${token}` } });
    expect(own.status).toBe(200);
    const other = await fetchWith({}, "http://localhost/api/rooms/testonlyroom0002/submissions", { headers: { authorization: `Bearer ${token}` } });
    expect(other.status).toBe(403);
  });
});
