// Spectators' carets reach candidates only when the interviewer allows it; the candidate always
// learns how many observers are present (durable-objects/room/spectators.ts).
import { describe, expect, it } from "vitest";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, join, staffedRoom } from "./api";
import { pathTo, ROUTES } from "../../contracts/routes";

const pause = (ms = 80) => new Promise((r) => setTimeout(r, ms));
const setVisible = (roomId: string, token: string, body: unknown) => call(pathTo(ROUTES.setSpectatorsVisible, { roomId }), { token, body });
/** Whether any frame a client received holds `text` (awareness states are JSON, so a user id would show). */
const heard = (c: TestClient, text: string) => c.received.some((m) => new TextDecoder().decode(m).includes(text));

describe("spectators and the candidate", () => {
  it("a candidate receives no spectator awareness by default, gets it once the interviewer allows it, and loses it when switched off; interviewers always see spectators", async () => {
    const { room, interviewer, candidate, spectator } = await staffedRoom();
    const samId = spectator.identity.userId;
    const cam = await TestClient.connect(room.roomId, { token: candidate.token });
    const camState = await TestClient.connect(room.roomId, { doc: "state", token: candidate.token });
    const ivy = await TestClient.connect(room.roomId, { token: interviewer.token });
    const sam = await TestClient.connect(room.roomId, { token: spectator.token });
    await until(() => cam.synced && ivy.synced && sam.synced && camState.synced, "synced");
    sam.setAwareness({ at: 1 });
    ivy.setAwareness({ at: 2 });
    await until(() => ivy.awareness.has(sam.doc.clientID) && cam.awareness.has(ivy.doc.clientID), "the interviewer sees the spectator, the candidate the interviewer");
    const late = await TestClient.connect(room.roomId, { token: candidate.token }); // joins after the spectator announced itself
    await until(() => late.synced && late.awareness.has(ivy.doc.clientID), "a late candidate gets the interviewer");
    late.queryAwareness();
    await pause();
    for (const c of [cam, late]) {
      expect(c.awareness.has(sam.doc.clientID)).toBe(false);
      expect(heard(c, samId)).toBe(false);
    }
    expect(camState.doc.getMap("meta").get("spectatorsVisible")).toBe(false);

    expect((await setVisible(room.roomId, interviewer.token, { visible: true })).status).toBe(200);
    await until(() => camState.doc.getMap("meta").get("spectatorsVisible") === true, "the setting in the state doc");
    await until(() => cam.awareness.has(sam.doc.clientID), "the spectator's caret reaches the candidate at once");
    sam.setAwareness({ at: 3 });
    await until(() => (cam.awareness.get(sam.doc.clientID)?.state as { at?: number })?.at === 3, "and its changes");

    expect((await setVisible(room.roomId, interviewer.token, { visible: false })).status).toBe(200);
    await until(() => !cam.awareness.has(sam.doc.clientID), "switched off: the caret goes away");
    sam.setAwareness({ at: 4 });
    await until(() => (ivy.awareness.get(sam.doc.clientID)?.state as { at?: number })?.at === 4, "the interviewer still follows the spectator");
    await pause();
    expect(cam.awareness.has(sam.doc.clientID)).toBe(false);
    expect(cam.denied).toEqual([]);
  });

  it("the candidate sees how many observers are present: one per person, however many sockets, as they come and go", async () => {
    const { room, interviewer, candidate, spectator } = await staffedRoom();
    const camState = await TestClient.connect(room.roomId, { doc: "state", token: candidate.token });
    const observers = () => camState.doc.getMap("meta").get("observers");
    await until(() => camState.synced && observers() === 0, "no observers yet");

    const samCode = await TestClient.connect(room.roomId, { token: spectator.token });
    const samState = await TestClient.connect(room.roomId, { doc: "state", token: spectator.token });
    await until(() => observers() === 1, "one observer with two sockets");
    // Pat comes through a link of their own, which the interviewer revokes later.
    const invite = (await (await call(pathTo(ROUTES.createInvite, { roomId: room.roomId }), { token: interviewer.token, body: { role: "spectator" } })).json()) as { id: string; link: string };
    const other = await join({ ...room, links: { ...room.links, spectator: invite.link } }, "spectator", "Pat");
    const pat = await TestClient.connect(room.roomId, { token: other.token });
    await until(() => observers() === 2, "a second observer");

    samCode.close();
    await pause();
    expect(observers()).toBe(2); // Sam still has the state doc open
    samState.close();
    await until(() => observers() === 1, "Sam left");
    await call(pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: invite.id }), { token: interviewer.token, method: "POST" });
    await until(() => pat.closeEvent !== null && observers() === 0, "Pat's link revoked: the room closed Pat's socket");
  });

  it("only the interviewer switches it, with a well-formed body", async () => {
    const { room, interviewer, candidate, spectator } = await staffedRoom();
    expect((await setVisible(room.roomId, candidate.token, { visible: true })).status).toBe(403);
    expect((await setVisible(room.roomId, spectator.token, { visible: true })).status).toBe(403);
    expect((await setVisible(room.roomId, "not-a-token", { visible: true })).status).toBe(401);
    for (const body of [{}, { visible: "yes" }, { visible: 1 }, { visible: true, extra: 1 }, [true], null]) {
      const res = await setVisible(room.roomId, interviewer.token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "bad_request" } });
    }
    const notJson = await call(pathTo(ROUTES.setSpectatorsVisible, { roomId: room.roomId }), { token: interviewer.token, rawBody: "{visible:true" });
    expect(notJson.status).toBe(400);
    const ok = await setVisible(room.roomId, interviewer.token, { visible: true });
    expect(await ok.json()).toEqual({ visible: true });
  });
});
