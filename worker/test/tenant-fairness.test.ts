/**
 * One party cannot take the whole runner: twenty fresh rooms from one client each start a slow
 * run, and an unrelated interview (another tenant) still gets its run started within one run's
 * wall time. The cap on a tenant's rooms running at once answers the flood with 429s; the
 * runner's fair queue lets the other tenant in ahead of the flood's queued runs.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import type { CreateRoomResponse } from "../../contracts/api";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, createRoom, join } from "./api";
import { pathTo, ROUTES } from "../../contracts/routes";

const SLOW = "import time\ntime.sleep(3)\nprint('done')\n";
const RUN_WALL_MS = 3_000;

async function roomWithCode(room: CreateRoomResponse) {
  const cam = await join(room, "candidate", "Cam");
  const writer = await TestClient.connect(room.roomId, { token: cam.token });
  const state = await TestClient.connect(room.roomId, { doc: "state", token: cam.token });
  await until(() => writer.synced && state.synced, "synced");
  const text = writer.doc.getText("code:python");
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, SLOW);
  });
  const check = await TestClient.connect(room.roomId, { token: cam.token });
  await until(() => check.synced && check.text() === SLOW, "code stored");
  writer.close();
  check.close();
  return { room, cam, state };
}

function status(doc: Y.Doc, runId: string): string | undefined {
  return doc.getMap<Y.Map<unknown>>("runs").get(runId)?.get("status") as string | undefined;
}

describe("fair runner across tenants", () => {
  it("twenty rooms of one client fill their share; another tenant's run starts within one run's wall time", async () => {
    const flood = await Promise.all(Array.from({ length: 20 }, async () => roomWithCode(await createRoom({ title: "flood" }))));
    const other = await roomWithCode(await createRoom({ title: "unrelated interview" }));
    // The other interview belongs to someone else (locally every client shares one address).
    const stub = env.ROOM.get(env.ROOM.idFromName(other.room.roomId));
    await stub.configure({ roomId: other.room.roomId, title: "unrelated interview", expiresAt: other.room.expiresAt, tenant: "ip:198.51.100.7" });

    const answers = await Promise.all(flood.map((f) => call(pathTo(ROUTES.startRun, { roomId: f.room.roomId }), { token: f.cam.token, body: { language: "python" } })));
    const codes = answers.map((a) => a.status);
    expect(codes.filter((c) => c === 202).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 202).length).toBeLessThanOrEqual(4); // the runner's 2 slots + 2 queued, all for one tenant
    expect(codes.every((c) => c === 202 || c === 429)).toBe(true);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/rooms of yours are already running|busy/);

    const asked = Date.now();
    const res = await call(pathTo(ROUTES.startRun, { roomId: other.room.roomId }), { token: other.cam.token, body: { language: "python" } });
    expect(res.status, await res.clone().text()).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    await until(() => ["running", "finished"].includes(status(other.state.doc, runId) ?? ""), "the other tenant's run started", RUN_WALL_MS + 4_000);
    expect(Date.now() - asked).toBeLessThan(RUN_WALL_MS + 3_000);
    await until(() => status(other.state.doc, runId) === "finished", "the other tenant's run finished", 15_000);
  }, 60_000);
});
