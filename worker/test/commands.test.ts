import { describe, expect, it } from "vitest";
import { LANGUAGES_BY_ID } from "../../contracts/languages";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, createRoom, join, staffedRoom } from "./api";
import { pathTo, ROUTES } from "../../contracts/routes";

describe("room commands", () => {
  it("chat reaches everyone with the sender's identity; spectators read only", async () => {
    const r = await staffedRoom();
    const watcher = await TestClient.connect(r.room.roomId, { doc: "state", token: r.spectator.token });
    expect((await call(pathTo(ROUTES.chat, { roomId: r.room.roomId }), { token: r.candidate.token, body: { text: "  hi there " } })).status).toBe(201);
    await until(() => watcher.doc.getArray("chat").length === 1, "chat arrives");
    expect(watcher.doc.getArray("chat").get(0)).toMatchObject({ name: "Cam", role: "candidate", text: "hi there" });
    expect((await call(pathTo(ROUTES.chat, { roomId: r.room.roomId }), { token: r.spectator.token, body: { text: "x" } })).status).toBe(403);
    expect((await call(pathTo(ROUTES.chat, { roomId: r.room.roomId }), { token: r.candidate.token, body: { text: "   " } })).status).toBe(400);
    expect((await call(pathTo(ROUTES.chat, { roomId: r.room.roomId }), { token: r.candidate.token, body: { text: "x".repeat(2001) } })).status).toBe(400);
  });

  it("a new room starts in its language with the starter template", async () => {
    const room = await createRoom({ title: "Go room", language: "go" });
    const cam = await join(room, "candidate", "Cam");
    const state = await TestClient.connect(room.roomId, { doc: "state", token: cam.token });
    const code = await TestClient.connect(room.roomId, { token: cam.token });
    await until(() => state.synced && code.synced, "synced");
    expect(state.doc.getMap("meta").get("language")).toBe("go");
    expect(code.text("code:go")).toBe(LANGUAGES_BY_ID.go.template);
  });

  it("switching language seeds an empty buffer once, even when two people switch at once, and keeps the others", async () => {
    const r = await staffedRoom();
    const code = await TestClient.connect(r.room.roomId, { token: r.candidate.token });
    await until(() => code.synced, "synced");
    code.doc.getText("code:python").insert(0, "# mine\n");
    const [a, b] = await Promise.all([
      call(pathTo(ROUTES.setLanguage, { roomId: r.room.roomId }), { token: r.candidate.token, body: { language: "java" } }),
      call(pathTo(ROUTES.setLanguage, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { language: "java" } }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await until(() => code.text("code:java").length > 0, "template arrives");
    await new Promise((res) => setTimeout(res, 50));
    expect(code.text("code:java")).toBe(LANGUAGES_BY_ID.java.template);
    expect(code.text("code:python")).toContain("# mine");
    expect((await call(pathTo(ROUTES.setLanguage, { roomId: r.room.roomId }), { token: r.candidate.token, body: { language: "brainfuck" } })).status).toBe(400);
    expect((await call(pathTo(ROUTES.setLanguage, { roomId: r.room.roomId }), { token: r.spectator.token, body: { language: "c" } })).status).toBe(403);
  });

  it("the interviewer runs the timer; others cannot", async () => {
    const r = await staffedRoom();
    const res = await call(pathTo(ROUTES.timer, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { action: "start", minutes: 30 } });
    expect(await res.json()).toMatchObject({ timer: { durationMs: 1_800_000, startedAt: expect.any(Number), elapsedMs: 0 } });
    expect((await call(pathTo(ROUTES.timer, { roomId: r.room.roomId }), { token: r.candidate.token, body: { action: "pause" } })).status).toBe(403);
    expect((await call(pathTo(ROUTES.timer, { roomId: r.room.roomId }), { token: r.interviewer.token, body: { action: "explode" } })).status).toBe(400);
  });
});
