/**
 * Deploys during live interviews (issue 16): the contract version on sockets and commands. A page
 * on the previous version keeps editing and running against this Worker and is told a newer one is
 * deployed; an older page is told to reload; a client that sends no version (a stock Yjs client)
 * is served exactly as before.
 */
import { SELF } from "cloudflare:test";
import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
import { CLOSE, CONTRACT_HEADER, CONTRACT_VERSION, MESSAGE_CONTRACT } from "../../contracts/wire";
import { TestClient, until } from "../../test/workerd/room-client";
import { BASE, staffedRoom } from "./api";
import { fetchWith, PRODUCTION } from "./with-vars";

const PREVIOUS = CONTRACT_VERSION - 1;
const TOO_OLD = CONTRACT_VERSION - 2;

/** The deployed versions the Room announced to `client` in contract frames. */
function announced(client: TestClient): number[] {
  return client.received.flatMap((bytes) => {
    const d = decoding.createDecoder(bytes);
    return decoding.readVarUint(d) === MESSAGE_CONTRACT ? [decoding.readVarUint(d)] : [];
  });
}

function command(path: string, token: string, body: unknown, contract?: number | string) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  if (contract !== undefined) headers[CONTRACT_HEADER] = String(contract);
  return SELF.fetch(`${BASE}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}

const finalStatus = (s: unknown) => s === "finished" || s === "failed" || s === "cancelled" || s === "interrupted";

describe("contract version", () => {
  it("a page on the previous version edits and runs, and is told a newer version is deployed", async () => {
    const r = await staffedRoom();
    const { roomId } = r.room;
    const old = await TestClient.connect(roomId, { token: r.candidate.token, contract: PREVIOUS });
    const current = await TestClient.connect(roomId, { token: r.interviewer.token, contract: CONTRACT_VERSION });
    const state = await TestClient.connect(roomId, { token: r.interviewer.token, doc: "state", contract: CONTRACT_VERSION });
    await until(() => old.synced && current.synced && state.synced, "synced");
    expect(announced(old)).toEqual([CONTRACT_VERSION]);
    expect(announced(current)).toEqual([]);

    const text = old.doc.getText("code:python");
    old.doc.transact(() => {
      text.delete(0, text.length);
      text.insert(0, "print(40 + 2)\n");
    });
    await until(() => current.text() === "print(40 + 2)\n", "the previous version's edit reaching the current page");

    const res = await command(pathTo(ROUTES.startRun, { roomId }), r.candidate.token, { language: "python" }, PREVIOUS);
    expect(res.status).toBe(202);
    expect(res.headers.get(CONTRACT_HEADER)).toBe(String(CONTRACT_VERSION)); // a command says what is deployed too
    const { runId } = (await res.json()) as { runId: string };
    const record = () => state.doc.getMap<{ get(k: string): unknown }>("runs").get(runId);
    await until(() => finalStatus(record()?.get("status")), "the run to end", 20_000);
    const done = record();
    if (!done) throw new Error("the run's record is gone");
    const output = (done.get("output") as { toArray(): { data: string }[] }).toArray().map((o) => o.data).join("");
    expect(done.get("status")).toBe("finished");
    expect(output).toBe("42\n");
    for (const c of [old, current, state]) c.close();
  });

  it("an older page is told to reload: its socket closed 4426, its commands answered 426 client_outdated", async () => {
    const r = await staffedRoom();
    const { roomId } = r.room;
    const tooOld = await TestClient.connect(roomId, { token: r.candidate.token, contract: TOO_OLD });
    await until(() => tooOld.closeEvent !== null, "the close");
    expect(tooOld.closeEvent?.code).toBe(CLOSE.RELOAD);
    expect(tooOld.closeEvent?.reason).toMatch(/reload/);
    expect(tooOld.received).toEqual([]); // not one frame of the room

    const res = await command(pathTo(ROUTES.chat, { roomId }), r.candidate.token, { text: "hi" }, TOO_OLD);
    expect(res.status).toBe(426);
    expect(await res.json()).toEqual({ error: { code: "client_outdated", message: expect.stringMatching(/reload/) } });
  });

  it("no version is a stock client: served as before, never told anything, no header added", async () => {
    const r = await staffedRoom();
    const stock = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
    await until(() => stock.synced, "synced");
    expect(announced(stock)).toEqual([]);
    expect(stock.closeEvent).toBeNull();
    const res = await command(pathTo(ROUTES.chat, { roomId: r.room.roomId }), r.candidate.token, { text: "hi" });
    expect(res.status).toBe(201);
    expect(res.headers.get(CONTRACT_HEADER)).toBeNull();
    stock.close();
  });

  it("a version that is no number is bad input, on the socket and on commands", async () => {
    const r = await staffedRoom();
    const { roomId } = r.room;
    const socket = await SELF.fetch(`${BASE}${pathTo(ROUTES.roomSocket, { roomId, doc: "code" })}?v=two`, { headers: { Upgrade: "websocket" } });
    expect(socket.status).toBe(400);
    expect(((await socket.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    for (const bad of ["-1", "1.5", "x"]) {
      const res = await command(pathTo(ROUTES.chat, { roomId }), r.candidate.token, { text: "hi" }, bad);
      expect(res.status, bad).toBe(400);
    }
  });

  it("after a deploy (simulated in the room), the page that was current is the previous one, and the one before must reload", async () => {
    const r = await staffedRoom();
    const { roomId } = r.room;
    const before = await TestClient.connect(roomId, { token: r.candidate.token, contract: CONTRACT_VERSION });
    await until(() => before.synced, "synced");
    const deploy = await SELF.fetch(`${BASE}${pathTo(ROUTES.testDeploy, { roomId })}`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contract: CONTRACT_VERSION + 1 }),
    });
    expect(await deploy.json()).toEqual({ deployed: CONTRACT_VERSION + 1 });
    await until(() => before.closeEvent !== null, "the deploy dropping the socket");

    const after = await TestClient.connect(roomId, { token: r.candidate.token, contract: CONTRACT_VERSION });
    await until(() => after.synced, "synced after the deploy");
    expect(announced(after)).toEqual([CONTRACT_VERSION + 1]);
    const older = await TestClient.connect(roomId, { token: r.interviewer.token, contract: PREVIOUS });
    await until(() => older.closeEvent !== null, "the room's own refusal");
    expect(older.closeEvent?.code).toBe(CLOSE.RELOAD);
    after.close();
  });

  it("the simulated deploy exists only in tests", async () => {
    const res = await fetchWith(PRODUCTION, `https://duet.example${pathTo(ROUTES.testDeploy, { roomId: "testonlyroom0001" })}`, {
      method: "POST", headers: { "Content-Type": "application/json", origin: "https://duet.example" }, body: JSON.stringify({ contract: 9 }),
    });
    expect(res.status).toBe(404);
  });
});
