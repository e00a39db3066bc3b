import { describe, expect, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, staffedRoom } from "./api";

describe("a read-only candidate and the room's language", () => {
  it("is refused with read_only and changes nothing; the interviewer still switches, and the candidate again once writable", async () => {
    const r = await staffedRoom();
    const roomId = r.room.roomId;
    const state = await TestClient.connect(roomId, { doc: "state", token: r.interviewer.token });
    await until(() => state.synced, "synced");
    const language = () => state.doc.getMap("meta").get("language");
    const before = language();
    const readOnly = (on: boolean) => call(pathTo(ROUTES.setReadOnly, { roomId }), { token: r.interviewer.token, body: { candidateReadOnly: on } });
    const switchTo = (token: string, lang: string) => call(pathTo(ROUTES.setLanguage, { roomId }), { token, body: { language: lang } });

    expect((await readOnly(true)).status).toBe(200);
    const refused = await switchTo(r.candidate.token, "java");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "read_only", message: expect.stringContaining("read-only") } });
    await new Promise((res) => setTimeout(res, 50));
    expect(language()).toBe(before);

    expect((await switchTo(r.interviewer.token, "go")).status).toBe(200);
    await until(() => language() === "go", "the interviewer's switch arrives");

    expect((await readOnly(false)).status).toBe(200);
    expect((await switchTo(r.candidate.token, "java")).status).toBe(200);
    await until(() => language() === "java", "the candidate's switch arrives");
  });
});
