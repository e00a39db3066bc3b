/**
 * A complexity guard through the real Room and runner: the library's large test travels as a
 * recipe (D1 problem_tests.generate → the Room → the runner, which makes the 10^5 numbers), a
 * correct but quadratic C++ solution gets TLE on it, the linear one is Accepted, and the verdict
 * records the runner's CPU calibration.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { readRun } from "../../contracts/room-state";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, createRoom, join } from "./api";
import { seedProblems } from "./seed";

beforeAll(() => seedProblems());

const QUADRATIC = `class Solution {
public:
    int maxArea(vector<int>& h) {
        int n = (int)h.size(), best = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) best = max(best, min(h[i], h[j]) * (j - i));
        return best;
    }
};
`;
const LINEAR = `class Solution {
public:
    int maxArea(vector<int>& h) {
        int i = 0, j = (int)h.size() - 1, best = 0;
        while (i < j) {
            best = max(best, min(h[i], h[j]) * (j - i));
            if (h[i] < h[j]) i++; else j--;
        }
        return best;
    }
};
`;

async function submit(code: string) {
  const room = await createRoom({ title: "Guard", language: "cpp", problem: "container-with-most-water" });
  const [ivy, cam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam")];
  const writer = await TestClient.connect(room.roomId, { token: cam.token });
  const state = await TestClient.connect(room.roomId, { doc: "state", token: ivy.token });
  await until(() => writer.synced && state.synced, "synced");
  const text = writer.doc.getText("code:cpp");
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
  const check = await TestClient.connect(room.roomId, { token: ivy.token });
  await until(() => check.synced && check.doc.getText("code:cpp").toString() === code, "code stored");
  const res = await call(pathTo(ROUTES.submit, { roomId: room.roomId }), { token: cam.token, body: { language: "cpp" } });
  expect(res.status, await res.clone().text()).toBe(202);
  const { runId } = (await res.json()) as { runId: string };
  await until(() => ["finished", "failed"].includes(readRun(state.doc as Y.Doc, runId)?.status ?? ""), "judged", 90_000);
  return readRun(state.doc, runId)!;
}

describe("a complexity guard in a room", () => {
  it("a correct O(n^2) solution passes the small tests and gets TLE on the generated 10^5-line test; O(n) is Accepted on it", async () => {
    const slow = await submit(QUADRATIC);
    expect(slow.judge).toMatchObject({ verdict: "TLE" });
    const failure = slow.judge!.failure!;
    expect(failure.kind).toBe("hidden");
    expect(failure.index).toBe(slow.total! - 1); // the guard is the last hidden test; every test before it passed
    expect(slow.judge!.passed).toBe(slow.total! - 1);
    expect(failure.input).toBe("height = 100000 ints in [0, 10000] (seed 18)"); // what was made, not the megabyte
    expect(slow.judge!.cpuScale).toBeGreaterThan(0);

    const fast = await submit(LINEAR);
    expect(fast.judge).toMatchObject({ verdict: "AC", passed: fast.total, total: fast.total });
    expect(fast.judge!.timeMs).toBeLessThan(200);
  }, 120_000);
});
