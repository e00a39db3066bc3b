/** Versions of own problems are rate limited per client: each one costs up to sixteen compiles and runs on the runner. */
import { expect, it } from "vitest";
import { startAccount } from "./accounts";
import { callAs } from "./org-team";

it("the 21st version in a minute is refused (429, Retry-After), before its body is checked", async () => {
  const solo = await startAccount("Busy Bee");
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++) statuses.push((await callAs(solo, "createOwnProblem", {}, {})).status);
  expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
  const refused = await callAs(solo, "editOwnProblem", { problemId: "aaaaaaaaaaaa" }, {});
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
  expect(statuses[20]).toBe(429);
});
