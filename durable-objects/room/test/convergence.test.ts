import { describe, expect, it } from "vitest";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { seededRandom } from "../../../problems/lib/random"; // the one seeded PRNG (mulberry32) of the project

const TEXTS = ["code:python", "code:java"];

/** n clients make random concurrent inserts and deletes; afterwards all and a late joiner agree. */
async function convergeOnce(n: number, seed: number, opsPerClient: number): Promise<void> {
  const random = seededRandom(String(seed)).next;
  const room = uniqueRoom(`conv${n}`);
  const clients = await Promise.all(Array.from({ length: n }, () => TestClient.connect(room)));
  await until(() => clients.every((c) => c.synced), "all synced");
  for (let op = 0; op < opsPerClient; op++) {
    for (const c of clients) {
      const text = c.doc.getText(TEXTS[Math.floor(random() * TEXTS.length)]);
      if (text.length > 0 && random() < 0.3) {
        const at = Math.floor(random() * text.length);
        text.delete(at, Math.min(text.length - at, 1 + Math.floor(random() * 5)));
      } else {
        text.insert(Math.floor(random() * (text.length + 1)), random().toString(36).slice(2, 2 + 1 + Math.floor(random() * 6)));
      }
    }
    if (random() < 0.3) await new Promise((r) => setTimeout(r, Math.floor(random() * 3)));
  }
  const snapshot = (c: TestClient) => TEXTS.map((t) => c.text(t)).join("\u0000");
  await until(() => clients.every((c) => snapshot(c) === snapshot(clients[0])), `convergence (n=${n}, seed=${seed})`, 15_000);
  const late = await TestClient.connect(room);
  await until(() => late.synced && snapshot(late) === snapshot(clients[0]), `late joiner (seed=${seed})`);
  expect(snapshot(late)).toBe(snapshot(clients[0]));
  for (const c of [...clients, late]) c.close();
}

describe("concurrent random edits converge", () => {
  it("2 clients, 30 seeds", async () => {
    for (let seed = 1; seed <= 30; seed++) await convergeOnce(2, seed, 40);
  }, 90_000); // 30 rooms in a row: ~10 s alone, three times that on a loaded 2-core machine

  it("10 clients, 8 seeds", async () => {
    for (let seed = 100; seed < 108; seed++) await convergeOnce(10, seed, 20);
  }, 90_000);
});
