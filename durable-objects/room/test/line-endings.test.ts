import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SERVER_USER } from "../client-owners";
import { UpdateLog } from "../update-log";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { stubOf } from "./room-state";

async function abortRoom(room: string): Promise<void> {
  await runInDurableObject(stubOf(room), (_i, state) => state.abort("test eviction")).catch(() => {});
}

/** Every client's text, once all of them hold `expected`; and a fresh client's, after the object restarted. */
async function converged(room: string, clients: TestClient[], expected: string): Promise<void> {
  for (const c of clients) await until(() => c.text() === expected, `a client has ${JSON.stringify(expected)} (has ${JSON.stringify(c.text())})`);
  await abortRoom(room);
  const reloaded = await TestClient.connect(room);
  await until(() => reloaded.synced, "a fresh client synced after a restart");
  expect(reloaded.text()).toBe(expected);
}

describe("code buffers are LF-only", () => {
  it("CRLF and a lone CR from a stock Yjs client: every client and the stored doc end LF-only and identical", async () => {
    const room = uniqueRoom("lf");
    const writer = await TestClient.connect(room, { user: "u-w" });
    const other = await TestClient.connect(room, { user: "u-o" });
    const t = writer.doc.getText("code:python");
    t.insert(0, "start\n");
    t.insert(t.length, "\nalpha\r\nbeta\r\ngamma\nx\ry\n\r\r\nz\r");
    const expected = "start\n\nalpha\nbeta\ngamma\nx\ny\n\n\nz\n";
    await converged(room, [writer, other], expected);

    // The removal is the Room's own edit, logged like any update, after the write it corrects.
    const authors = await runInDurableObject(stubOf(room), (_i, state) => [...new UpdateLog(state.storage).entries("code")].map((e) => e.userId));
    expect(authors).toEqual(["u-w", "u-w", SERVER_USER]);
  });

  it("edits made beside a \\r before the Room removed it stay where they were typed", async () => {
    const room = uniqueRoom("lf");
    // Two offline copies: the stock client's text with CRs, and another person's typing around them.
    const stock = new Y.Doc();
    stock.getText("code:python").insert(0, "one\r\ntwo\rthree\r");
    const typist = new Y.Doc();
    Y.applyUpdate(typist, Y.encodeStateAsUpdate(stock));
    const tt = typist.getText("code:python");
    // Right to left, so each index is one in the text as the stock client wrote it.
    tt.insert(15, "C"); // after the last, lone \r
    tt.insert(9, "B"); // after "two\r": start of "three"
    tt.insert(5, "E"); // after "one\r\n": start of "two"
    tt.insert(4, "D"); // between the \r and the \n
    tt.insert(3, "A"); // end of "one", before its \r\n

    const a = await TestClient.connect(room, { user: "u-stock", ydoc: stock });
    await until(() => a.synced && !a.text().includes("\r"), "the stock client's text, LF-only");
    const b = await TestClient.connect(room, { user: "u-typist", ydoc: typist });
    const expected = "oneAD\nEtwo\nBthree\nC";
    await converged(room, [a, b], expected);
    expect(b.denied).toEqual([]);
  });

  it("a room stored with \\r (written before the Room removed them) loads LF-only", async () => {
    const room = uniqueRoom("lf");
    const w = await TestClient.connect(room, { user: "u-old" });
    await until(() => w.synced, "synced");
    // What an older Room logged: a write with CRLF, no correction after it.
    const old = new Y.Doc();
    old.getText("code:python").insert(0, "a\r\nb\rc");
    await runInDurableObject(stubOf(room), (_i, state) => void new UpdateLog(state.storage).append("code", "u-old", Y.encodeStateAsUpdate(old)));
    await abortRoom(room);
    const fresh = await TestClient.connect(room);
    await until(() => fresh.synced && fresh.text() !== "", "loaded");
    expect(fresh.text()).toBe("a\nb\nc");
  });

  it("starters and problem files with CRLF are written LF, and an untouched one is still swapped", async () => {
    const room = uniqueRoom("lf");
    const stub = stubOf(room);
    await stub.configure({ roomId: null as unknown as string, title: "t", expiresAt: Date.now() + 3600_000, language: "python", problem: { slug: "p", starter: { python: "def f():\r\n    pass\r\n" } } });
    const c = await TestClient.connect(room);
    await until(() => c.synced && c.text() !== "", "the starter");
    expect(c.text()).toBe("def f():\n    pass\n");
    await stub.setProblem({ slug: "q", starter: { python: "def g():\r\n    return 1\r" } });
    await until(() => c.text().startsWith("def g"), "the new problem's starter replaces the untouched one");
    expect(c.text()).toBe("def g():\n    return 1\n");
  });

  it("a write in a root that is not a code buffer is left alone", async () => {
    const room = uniqueRoom("lf");
    const w = await TestClient.connect(room);
    w.doc.getText("scratch").insert(0, "a\r\nb");
    w.doc.getText("code:python").insert(0, "x");
    const o = await TestClient.connect(room);
    await until(() => o.text() === "x", "the code buffer");
    expect(o.doc.getText("scratch").toString()).toBe("a\r\nb");
  });
});
