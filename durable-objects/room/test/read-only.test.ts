import { describe, expect, it } from "vitest";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";

describe("read-only sockets", () => {
  it("a spectator's write is refused, never reaches others, and the spectator stays in sync", async () => {
    const room = uniqueRoom("ro");
    const writer = await TestClient.connect(room, { role: "candidate" });
    const spectator = await TestClient.connect(room, { role: "spectator" });
    writer.doc.getText("code:python").insert(0, "x = 1\n");
    await until(() => spectator.text() === "x = 1\n", "spectator sees the candidate");

    spectator.doc.getText("code:python").insert(0, "HACKED ");
    await until(() => spectator.denied.length > 0, "permission denied");
    expect(spectator.denied[0]).toMatch(/read-only/);

    writer.doc.getText("code:python").insert(6, "y = 2\n");
    await until(() => spectator.text().includes("y = 2"), "spectator still receives updates");
    const late = await TestClient.connect(room);
    await until(() => late.synced && late.text() === "x = 1\ny = 2\n", "room state without the forged edit");
    expect(writer.text()).toBe("x = 1\ny = 2\n");
    expect(spectator.closeEvent).toBeNull();
  });

  it("a spectator's sync replies are not mistaken for writes", async () => {
    const room = uniqueRoom("ro");
    const writer = await TestClient.connect(room);
    const t = writer.doc.getText("code:python");
    t.insert(0, "abcdef");
    t.delete(1, 2); // a delete set that every step-2 reply will carry
    const spectator = await TestClient.connect(room, { role: "spectator" });
    await until(() => spectator.synced && spectator.text() === "adef", "spectator synced");
    await new Promise((r) => setTimeout(r, 50));
    expect(spectator.denied).toEqual([]);
  });

  it("nobody writes the state doc; candidates cannot open the private doc", async () => {
    const room = uniqueRoom("ro");
    const interviewer = await TestClient.connect(room, { doc: "state", role: "interviewer" });
    interviewer.doc.getMap("meta").set("title", "forged");
    await until(() => interviewer.denied.length > 0, "state write refused");
    const reader = await TestClient.connect(room, { doc: "state", role: "candidate" });
    await until(() => reader.synced, "reader synced");
    expect(reader.doc.getMap("meta").get("title")).toBeUndefined();

    const refused = await TestClient.upgrade(room, { doc: "private", role: "candidate" });
    expect(refused.status).toBe(403);
    expect(refused.webSocket).toBeNull();
    const notes = await TestClient.connect(room, { doc: "private", role: "interviewer" });
    notes.doc.getText("notes").insert(0, "strong hire");
    const again = await TestClient.connect(room, { doc: "private", role: "interviewer" });
    await until(() => again.doc.getText("notes").toString() === "strong hire", "interviewer notes persist");
  });
});
