/**
 * SQL problems in a real Room with the real runner (sqlite3 -safe in the sandbox): the room
 * switches to SQL when one is put on the table; a correct query is Accepted, a wrong join Wrong
 * Answer with both result sets, the order judged by the problem's rule, a syntax error reported on
 * the candidate's line, a DROP TABLE changes nothing for the next test, files are out of reach;
 * another language is refused with 409 naming SQL, and SQL is refused on a function problem.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { readMeta } from "../../contracts/room-state";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TestClient, until } from "../../test/workerd/room-client";
import { call, createRoom, join } from "./api";
import { seedProblems } from "./seed";

beforeAll(() => seedProblems());

const NEVER_ORDER = "SELECT c.name\nFROM Customers AS c\nLEFT JOIN Orders AS o ON o.customerId = c.id\nWHERE o.id IS NULL;\n";
const INNER = "SELECT c.name\nFROM Customers AS c\nJOIN Orders AS o ON o.customerId = c.id\nWHERE o.id IS NULL;\n";
const RANKS = "SELECT playerId, rating, DENSE_RANK() OVER (ORDER BY rating DESC) AS standing\nFROM Leaderboard\nORDER BY rating DESC, playerId";

async function sqlRoom(problem: string, code: string) {
  const room = await createRoom({ title: "SQL", language: "python", problem });
  const [ivy, cam] = [await join(room, "interviewer", "Ivy"), await join(room, "candidate", "Cam")];
  const writer = await TestClient.connect(room.roomId, { token: cam.token });
  const state = await TestClient.connect(room.roomId, { doc: "state", token: ivy.token });
  await until(() => writer.synced && state.synced, "synced");
  const text = writer.doc.getText("code:sql");
  writer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
  const check = await TestClient.connect(room.roomId, { token: ivy.token });
  await until(() => check.synced && check.doc.getText("code:sql").toString() === code, "code stored");
  return { room, ivy, cam, state };
}

type Judged = {
  verdict: string; passed: number; total: number;
  failure?: { index: number; stdout: string; resultSets?: { expected: { columns: string[]; rows: unknown[][] }; actual: { columns: string[]; rows: unknown[][] } | null; difference: string } };
};

async function judged(route: "startRun" | "submit", r: Awaited<ReturnType<typeof sqlRoom>>, language = "sql"): Promise<Judged> {
  const res = await call(pathTo(ROUTES[route], { roomId: r.room.roomId }), { token: r.cam.token, body: { language } });
  expect(res.status, await res.clone().text()).toBe(202);
  const { runId } = (await res.json()) as { runId: string };
  const rec = () => r.state.doc.getMap<Y.Map<unknown>>("runs").get(runId);
  await until(() => ["finished", "failed", "cancelled"].includes(rec()?.get("status") as string), "judged", 60_000);
  return rec()!.get("judge") as Judged;
}

describe("SQL problems in the room", () => {
  it("putting an SQL problem on the table switches the room to SQL, with its starter", async () => {
    const r = await sqlRoom("customers-who-never-order", NEVER_ORDER);
    expect(readMeta(r.state.doc).language).toBe("sql");
    const detail = (await (await call(pathTo(ROUTES.problem, { slug: "customers-who-never-order" }), { token: r.ivy.token })).json()) as { starter: Record<string, string>; signatures: Record<string, { declaration: string }> };
    expect(Object.keys(detail.starter)).toEqual(["sql"]);
    expect(detail.signatures.sql.declaration).toMatch(/^CREATE TABLE Customers \(/);
  });

  it("putting a function problem on the table of a room in SQL switches it to the problem's first language, with its starter; a run-only language the interviewer chose stays", async () => {
    const room = await createRoom({ title: "From SQL", language: "sql", problem: "two-sum" });
    const ivy = await join(room, "interviewer", "Ivy");
    const state = await TestClient.connect(room.roomId, { doc: "state", token: ivy.token });
    const code = await TestClient.connect(room.roomId, { token: ivy.token });
    await until(() => state.synced && code.synced, "synced");
    expect(readMeta(state.doc).language).toBe("javascript");
    expect(code.doc.getText("code:javascript").toString()).toMatch(/twoSum/);
    const ruby = await createRoom({ title: "Ruby", language: "ruby", problem: "two-sum" });
    const ivy2 = await join(ruby, "interviewer", "Ivy");
    const rubyState = await TestClient.connect(ruby.roomId, { doc: "state", token: ivy2.token });
    await until(() => rubyState.synced, "synced");
    expect(readMeta(rubyState.doc).language).toBe("ruby"); // a run-only language the interviewer chose stays
  });

  it("a correct query is Accepted on Run and Submit; a wrong join is Wrong Answer with both result sets", async () => {
    const ok = await sqlRoom("customers-who-never-order", NEVER_ORDER);
    expect(await judged("startRun", ok)).toMatchObject({ verdict: "AC" });
    const submitted = await judged("submit", ok);
    expect(submitted.verdict).toBe("AC");
    expect(submitted.passed).toBe(submitted.total);
    const wrong = await sqlRoom("customers-who-never-order", INNER);
    const j = await judged("startRun", wrong);
    expect(j.verdict).toBe("WA");
    expect(j.failure?.resultSets?.expected.columns).toEqual(["name"]);
    expect(j.failure?.resultSets?.difference).toMatch(/expected \d+ rows?, got none/);
  });

  it("the order is judged by the problem's rule ('ordered' refuses another order); a DROP TABLE changes nothing for the next test", async () => {
    const right = await sqlRoom("rank-scores", `${RANKS};\nDROP TABLE Leaderboard;\n`);
    const ok = await judged("submit", right);
    expect(ok.verdict).toBe("AC");
    expect(ok.passed).toBe(ok.total);
    const reversed = await sqlRoom("rank-scores", RANKS.replace("ORDER BY rating DESC, playerId", "ORDER BY rating ASC, playerId"));
    const j = await judged("startRun", reversed);
    expect(j.verdict).toBe("WA");
    expect(j.failure?.resultSets?.difference).toMatch(/^row 1, column /);
  });

  it("a syntax error is reported on the candidate's line; readfile is refused", async () => {
    const r = await sqlRoom("customers-who-never-order", "-- my query\n\nSELECT name FROM Customers WHERE;\n");
    const j = await judged("startRun", r);
    expect(j.verdict).toBe("RE");
    expect(j.failure?.stdout).toMatch(/^Parse error near line 3: /m);
    const files = await sqlRoom("customers-who-never-order", "SELECT readfile('/etc/passwd') AS name;\n");
    const f = await judged("startRun", files);
    expect(f.verdict).toBe("RE");
    expect(f.failure?.stdout).toMatch(/safe mode/);
  });

  it("another language cannot run an SQL problem (409 naming SQL); SQL cannot run a function problem's tests", async () => {
    const r = await sqlRoom("customers-who-never-order", NEVER_ORDER);
    const res = await call(pathTo(ROUTES.startRun, { roomId: r.room.roomId }), { token: r.cam.token, body: { language: "python" } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/SQL problem: its tests run in SQL \(SQLite 3\.40\) only/);
    const twoSum = await createRoom({ title: "Two Sum", language: "sql", problem: "two-sum" });
    const cam = await join(twoSum, "candidate", "Cam");
    const refused = await call(pathTo(ROUTES.startRun, { roomId: twoSum.roomId }), { token: cam.token, body: { language: "sql" } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^SQL \(SQLite 3\.40\) runs programs only/);
  });
});
