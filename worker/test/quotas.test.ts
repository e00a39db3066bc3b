/**
 * Run quotas per organisation (issue 13): every Run and Submit in a room of an organisation counts
 * against its runs per hour, and its rooms share its cap on rooms running code at once. Over
 * either, the run is refused with 429, a message that says which quota and when, and nothing runs.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { CreateRoomResponse } from "../../contracts/api";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { asAccount, createOrgAs, startAccount } from "./accounts";
import { call, join } from "./api";

/** A new organisation whose admin set these quotas, and a way to make its rooms, each with a candidate in it. */
async function orgWithQuotas(quotas: { runsPerHour?: number; roomsWithRuns?: number }) {
  const admin = await startAccount("Ada");
  const { id: orgId } = await createOrgAs(admin, "Quota Co");
  const set = await asAccount(admin, pathTo(ROUTES.updateOrgSettings, { orgId }), { body: quotas }); // as its admin sets them
  if (set.status !== 200) throw new Error(`settings failed: ${set.status} ${await set.text()}`);
  const room = async () => {
    const res = await asAccount(admin, pathTo(ROUTES.createRoom), { body: { title: "Quota room" } });
    const created: CreateRoomResponse = ROUTE_BODIES.createRoom.response.parse(await res.json());
    return { roomId: created.roomId, candidate: await join(created, "candidate", "Cam") };
  };
  return { orgId, room };
}

function startRun(roomId: string, token: string, path: "startRun" | "submit" = "startRun") {
  return call(pathTo(ROUTES[path], { roomId }), { token, body: { language: "python" } });
}

/** Runs the room started, by its audit log. */
async function runStarts(roomId: string): Promise<number> {
  return (await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE room_id = ? AND action = 'run.start'").bind(roomId).first<{ n: number }>())!.n;
}

async function runStatus(roomId: string, runId: string, token: string): Promise<string> {
  const res = await call(pathTo(ROUTES.run, { roomId, runId }), { token });
  return ROUTE_BODIES.run.response.parse(await res.json()).run.status;
}

describe("an organisation's run quotas", () => {
  it("past its runs per hour, a Run or Submit is refused with 429, which quota, when more come, and Retry-After; nothing starts", async () => {
    const org = await orgWithQuotas({ runsPerHour: 1 });
    const a = await org.room();
    expect((await startRun(a.roomId, a.candidate.token)).status).toBe(202);
    const b = await org.room(); // the quota is the organisation's, not the room's
    for (const path of ["startRun", "submit"] as const) {
      const res = await startRun(b.roomId, b.candidate.token, path);
      expect(res.status, path).toBe(429);
      expect(await res.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/^your organisation has used its 1 run this hour; more in \d+ min$/) } });
      expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    }
    expect(await runStarts(b.roomId)).toBe(0);
    expect(await runStarts(a.roomId)).toBe(1);

    const elsewhere = await (await orgWithQuotas({})).room(); // another organisation is untouched
    expect((await startRun(elsewhere.roomId, elsewhere.candidate.token)).status).toBe(202);
  });

  it("its rooms share its cap on rooms running code at once: the next room waits with 429 until a run ends", async () => {
    const org = await orgWithQuotas({ roomsWithRuns: 1 });
    const [a, b] = [await org.room(), await org.room()];
    const busy = "import time\ntime.sleep(20)\n";
    const writer = await TestClient.connect(a.roomId, { token: a.candidate.token });
    const check = await TestClient.connect(a.roomId, { token: a.candidate.token });
    await until(() => writer.synced && check.synced, "synced");
    const text = writer.doc.getText("code:python");
    writer.doc.transact(() => {
      text.delete(0, text.length);
      text.insert(0, busy);
    });
    await until(() => check.text("code:python") === busy, "code stored"); // the run reads the room's copy
    writer.close();
    check.close();

    const first = await startRun(a.roomId, a.candidate.token);
    expect(first.status).toBe(202);
    const refused = await startRun(b.roomId, b.candidate.token);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { message: expect.stringMatching(/^your organisation may run code in 1 room at once, and it is busy/) } });
    expect(await runStarts(b.roomId)).toBe(0);

    const { runId } = (await first.json()) as { runId: string };
    await call(pathTo(ROUTES.cancelRun, { roomId: a.roomId, runId }), { method: "POST", token: a.candidate.token });
    for (let i = 0; ["queued", "running"].includes(await runStatus(a.roomId, runId, a.candidate.token)); i++) {
      if (i > 200) throw new Error("the cancelled run never ended");
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 100)); // the room gives its place back as the run ends
    expect((await startRun(b.roomId, b.candidate.token)).status).toBe(202);
  });
});
