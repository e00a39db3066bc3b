// These rooms start in Python with its template; the tests edit the (empty) C buffer.
import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CLOSE } from "../../contracts/wire";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, staffedRoom } from "./api";
import { pathTo, ROUTES } from "../../contracts/routes";

const stubOf = (roomId: string) => env.ROOM.get(env.ROOM.idFromName(roomId));

async function auditActions(roomId: string): Promise<string[]> {
  const rows = await env.DB.prepare("SELECT action FROM audit_log WHERE room_id = ? ORDER BY id").bind(roomId).all<{ action: string }>();
  return rows.results.map((r) => r.action);
}

describe("roles enforced in the room", () => {
  it("a candidate never receives a byte of the private doc", async () => {
    const { room, interviewer, candidate } = await staffedRoom();
    const notes = await TestClient.connect(room.roomId, { doc: "private", token: interviewer.token });
    const secret = "SECRET-RUBRIC-7f3a";
    notes.doc.getText("notes").insert(0, secret);
    const refusedPrivate = await TestClient.upgrade(room.roomId, { doc: "private", token: candidate.token });
    expect(refusedPrivate.status).toBe(403);
    expect(refusedPrivate.webSocket).toBeNull();
    const code = await TestClient.connect(room.roomId, { doc: "code", token: candidate.token });
    const state = await TestClient.connect(room.roomId, { doc: "state", token: candidate.token });
    await until(() => code.synced && state.synced, "synced");
    notes.doc.getText("notes").insert(0, `${secret}-again `);
    const again = await TestClient.connect(room.roomId, { doc: "private", token: interviewer.token });
    await until(() => again.doc.getText("notes").toString().includes("again"), "interviewer's notes saved");
    const everything = new TextDecoder().decode(new Uint8Array([...code.received, ...state.received].flatMap((m) => [...m])));
    expect(everything).not.toContain("SECRET-RUBRIC");
  });

  it("a spectator's writes are refused and it stays in sync", async () => {
    const { room, candidate, spectator } = await staffedRoom();
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    const sam = await TestClient.connect(room.roomId, { token: spectator.token });
    await until(() => cam.synced && sam.synced, "synced");
    sam.doc.getText("code:c").insert(0, "spectator was here");
    await until(() => sam.denied.length > 0, "refused");
    cam.doc.getText("code:c").insert(0, "print(1)");
    await until(() => sam.text("code:c").includes("print(1)"), "spectator in sync");
    const check = await TestClient.connect(room.roomId, { token: candidate.token });
    await until(() => check.synced && check.text("code:c") === "print(1)", "room has only the candidate's code");
  });

  it("toggling read-only takes effect on a connected candidate at once, and back", async () => {
    const { room, interviewer, candidate } = await staffedRoom();
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    const camState = await TestClient.connect(room.roomId, { doc: "state", token: candidate.token });
    const ivy = await TestClient.connect(room.roomId, { token: interviewer.token });
    await until(() => cam.synced && ivy.synced && camState.synced, "synced");
    cam.doc.getText("code:c").insert(0, "a");
    await until(() => ivy.text("code:c") === "a", "write accepted");

    const on = await call(pathTo(ROUTES.setReadOnly, { roomId: room.roomId }), { token: interviewer.token, body: { candidateReadOnly: true } });
    expect(on.status).toBe(200);
    await until(() => camState.doc.getMap("meta").get("candidateReadOnly") === true, "candidate's UI learns it");
    cam.doc.getText("code:c").insert(1, "b");
    await until(() => cam.denied.length > 0, "refused without reconnecting");
    expect(cam.closeEvent).toBeNull();

    await call(pathTo(ROUTES.setReadOnly, { roomId: room.roomId }), { token: interviewer.token, body: { candidateReadOnly: false } });
    await until(() => camState.doc.getMap("meta").get("candidateReadOnly") === false, "candidate's UI learns it");
    // The refused edit can never come back: the old copy stays refused, even on a new socket.
    cam.doc.getText("code:c").insert(0, "c");
    const stale = await TestClient.connect(room.roomId, { token: candidate.token, ydoc: cam.doc });
    await until(() => cam.denied.length > 1 && stale.denied.length > 0, "stale copy refused");
    expect(stale.denied.at(-1)).toMatch(/reload/);
    // A fresh copy (what the web client makes on a refusal) edits normally.
    const fresh = await TestClient.connect(room.roomId, { token: candidate.token });
    await until(() => fresh.synced && fresh.text("code:c") === "a", "fresh copy synced");
    fresh.doc.getText("code:c").insert(1, "d");
    await until(() => ivy.text("code:c") === "ad", "writes accepted again");
    expect(ivy.text("code:c")).not.toContain("b");
  });

  it("ending the room closes every socket and refuses new ones", async () => {
    const { room, interviewer, candidate } = await staffedRoom();
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    await until(() => cam.synced, "synced");
    expect((await call(pathTo(ROUTES.end, { roomId: room.roomId }), { token: interviewer.token, method: "POST" })).status).toBe(200);
    await until(() => cam.closeEvent !== null, "closed");
    expect(cam.closeEvent!.code).toBe(CLOSE.ROOM_CLOSED);
    const again = await TestClient.upgrade(room.roomId, { token: candidate.token });
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/ended/);
  });

  it("an expired room refuses connects; its alarm closes it and keeps its record for the retention", async () => {
    const { room, candidate } = await staffedRoom();
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    cam.doc.getText("code:c").insert(0, "to be deleted");
    const watcher = await TestClient.connect(room.roomId, { token: candidate.token });
    await until(() => watcher.text("code:c") === "to be deleted", "stored");
    const past = Date.now() - 1;
    await env.DB.prepare("UPDATE rooms SET expires_at = ? WHERE id = ?").bind(past, room.roomId).run();
    await stubOf(room.roomId).extend(past);
    await runDurableObjectAlarm(stubOf(room.roomId)); // a past alarm may already have run: either way it ran
    await until(() => cam.closeEvent !== null, "sockets closed");
    expect(cam.closeEvent!.code).toBe(CLOSE.ROOM_CLOSED);
    // The record stays (issue 14) until its retention runs out: the Room's deletion deadline says when.
    const status = await stubOf(room.roomId).recordStatus();
    expect(status?.deleteAt).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
    const refused = await TestClient.upgrade(room.roomId, { token: candidate.token });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
    expect(await auditActions(room.roomId)).toContain("room.expire");
  });

  it("every action leaves an audit row", async () => {
    const { room, interviewer, candidate } = await staffedRoom();
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    await until(() => cam.synced, "synced");
    await call(pathTo(ROUTES.setReadOnly, { roomId: room.roomId }), { token: interviewer.token, body: { candidateReadOnly: true } });
    const created = (await (await call(pathTo(ROUTES.createInvite, { roomId: room.roomId }), { token: interviewer.token, body: { role: "spectator" } })).json()) as { id: string };
    await call(pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: created.id }), { token: interviewer.token, method: "POST" });
    await call(pathTo(ROUTES.extend, { roomId: room.roomId }), { token: interviewer.token, body: { hours: 1 } });
    cam.close();
    let actions: string[] = [];
    for (let i = 0; i < 100 && !(actions = await auditActions(room.roomId)).includes("room.leave"); i++) await new Promise((r) => setTimeout(r, 20));
    await call(pathTo(ROUTES.end, { roomId: room.roomId }), { token: interviewer.token, method: "POST" });
    actions = await auditActions(room.roomId);
    for (const a of ["room.create", "room.join", "role.read_only", "invite.create", "invite.revoke", "room.extend", "room.leave", "room.end"]) {
      expect(actions).toContain(a);
    }
    expect(actions.filter((a) => a === "room.join")).toHaveLength(3);
    const row = await env.DB.prepare("SELECT actor_name, detail FROM audit_log WHERE room_id = ? AND action = 'role.read_only'").bind(room.roomId).first<{ actor_name: string; detail: string }>();
    expect(row).toEqual({ actor_name: "Ivy", detail: JSON.stringify({ candidateReadOnly: true }) });
  });
});
