import { describe, expect, it } from "vitest";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";

describe("room sync", () => {
  it("two clients see each other's edits and a late joiner gets the whole document", async () => {
    const room = uniqueRoom();
    const a = await TestClient.connect(room);
    const b = await TestClient.connect(room);
    await until(() => a.synced && b.synced, "both synced");
    a.doc.getText("code:python").insert(0, "print('hi')\n");
    b.doc.getText("code:python").insert(0, "# header\n");
    await until(() => a.text() === b.text() && a.text().length === 21, "convergence");
    const late = await TestClient.connect(room);
    await until(() => late.synced && late.text() === a.text(), "late joiner has the document");
    expect(late.text()).toContain("print('hi')");
    expect(late.text()).toContain("# header");
    [a, b, late].forEach((c) => c.close());
  });
});
