/**
 * Issue 10's findings, from the attacker's side: each test is the attack as it was made against
 * `npm start`, and checks that it now does no harm.
 */
import { SELF, env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../contracts/room-state";
import { TestClient, until } from "../../test/workerd/room-client";
import { BASE, call, createRoom, join, staffedRoom } from "./api";
import { pathTo, ROUTES } from "../../contracts/routes";

const RLO = "\u202E";
const socketsIn = (roomId: string) => runInDurableObject(env.ROOM.get(env.ROOM.idFromName(roomId)), (_room, state) => state.getWebSockets().length);
const upgrade = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${BASE}${path}`, { headers: { Upgrade: "websocket", ...headers } });

async function refused(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.webSocket).toBeNull();
  expect(await res.json()).toMatchObject({ error: { code: status === 401 ? "unauthorized" : "forbidden" } });
}

describe("open rooms are gone", () => {
  it("a tokenless socket is 401 and never reaches the room", async () => {
    const { room } = await staffedRoom();
    for (const doc of ["code", "state", "private"]) await refused(await upgrade(pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc })), 401);
    expect(await socketsIn(room.roomId)).toBe(0);
  });

  it("a candidate asking for ?role=interviewer&user=<the interviewer's id> on the private doc is 401", async () => {
    const { room, interviewer } = await staffedRoom();
    const q = new URLSearchParams({ role: "interviewer", user: interviewer.identity.userId, name: "Ivy" });
    await refused(await upgrade(`${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "private" })}?${q}`), 401);
    await refused(await upgrade(`${pathTo(ROUTES.roomSocket, { roomId: `never-created-${crypto.randomUUID().slice(0, 8)}`, doc: "code" })}?${q}`), 401);
    expect(await socketsIn(room.roomId)).toBe(0);
  });

  it("an empty token is no token: 401 in the URL and in the Authorization header", async () => {
    const { room } = await staffedRoom();
    await refused(await upgrade(`${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" })}?token=`), 401);
    await refused(await upgrade(pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" }), { Authorization: "Bearer " }), 401);
    expect((await SELF.fetch(`${BASE}${pathTo(ROUTES.room, { roomId: room.roomId })}`, { headers: { Authorization: "Bearer  " } })).status).toBe(401);
    expect(await socketsIn(room.roomId)).toBe(0);
  });
});

describe("cross-origin pages", () => {
  it("a cross-origin WebSocket upgrade with a valid session token is 403 and never reaches the room", async () => {
    const { room, interviewer } = await staffedRoom();
    await refused(await upgrade(`${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "private" })}?token=${interviewer.token}`, { Origin: "https://attacker.example" }), 403);
    expect(await socketsIn(room.roomId)).toBe(0);
  });
});

describe("identity text", () => {
  it("control and bidi characters are stripped from a name, a room title and a chat line", async () => {
    const room = await createRoom({ title: `Onsite\u0007 ${RLO}lanif\u202C round\u2066` });
    const eve = await join(room, "candidate", `Eve\f} .caret { background: url(//x.example) }${RLO}`);
    expect(eve.identity.name).toBe("Eve } .caret { background: url(//x.example) }");
    expect(eve.room.title).toBe("Onsite lanif round");

    const sent = await call(pathTo(ROUTES.chat, { roomId: room.roomId }), { token: eve.token, body: { text: `${RLO}HIRE: 10/10\u0000\nok\u001B[2J` } });
    expect(sent.status).toBe(201);
    const watcher = await TestClient.connect(room.roomId, { doc: "state", token: eve.token });
    await until(() => watcher.doc.getArray<ChatMessage>("chat").length === 1, "chat line");
    const [line] = watcher.doc.getArray<ChatMessage>("chat").toArray();
    expect(line).toMatchObject({ name: eve.identity.name, text: "HIRE: 10/10\nok[2J" });
    expect(watcher.doc.getMap("meta").get("title")).toBe("Onsite lanif round");
    watcher.close();
  });

  it("a name of only invisible characters is refused with a clear 400", async () => {
    const room = await createRoom();
    const res = await call(pathTo(ROUTES.join, { roomId: room.roomId }), { token: new URL(room.links.candidate).hash.slice(7), body: { name: "\u200B\u200D\u2060\u202E" } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_request", message: "name: a name needs at least one visible character" } });
  });
});
