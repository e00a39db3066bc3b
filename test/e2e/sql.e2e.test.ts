/**
 * An SQL question in the browser: the interviewer opens a room with one, the room is in SQL (the
 * only language its menu offers), the candidate's wrong join is Wrong Answer with the expected and
 * actual result sets drawn as tables on both pages, and the right query is Accepted on Submit.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Launched } from "./browser";
import { shot, typeInEditor, until } from "./helpers";
import { createRoomWithProblem, joinByLink } from "./room";

const base = inject("baseUrl");
let browser: Launched;
let interviewer: Page;
let candidate: Page;

const INNER_JOIN = "SELECT c.name\nFROM Customers AS c\nJOIN Orders AS o ON o.customerId = c.id\nWHERE o.id IS NULL;\n";
const LEFT_JOIN = "SELECT c.name\nFROM Customers AS c\nLEFT JOIN Orders AS o ON o.customerId = c.id\nWHERE o.id IS NULL;\n";

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const testResults = (p: Page) => p.locator(".tests").textContent().then((t) => t ?? "").catch(() => "");
const tableRows = (p: Page, testId: string) =>
  p.getByTestId(testId).first().locator("tbody tr").evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent)));

describe("an SQL question in the room", () => {
  it("a room opened with an SQL question is in SQL, the only language its menu offers", async () => {
    interviewer = await (await browser.context()).newPage();
    const link = await createRoomWithProblem(interviewer, base, { title: "Databases", name: "Edgar Codd", problem: "customers-who-never-order" });

    candidate = await (await browser.context()).newPage();
    await joinByLink(candidate, link, "Ada Lovelace");
    await until(async () => ((await candidate.textContent("body")) ?? "").includes("Customers Who Never Order"), "the statement");
    for (const page of [candidate, interviewer]) {
      await until(async () => (await page.getByTestId("language-select").inputValue()) === "sql", "the room in SQL");
      const options = await page.locator('[data-testid="language-select"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options).toEqual(["sql"]);
    }
  });

  it("a wrong join is Wrong Answer, with the expected and actual result sets as tables on both pages", async () => {
    await typeInEditor(candidate, INNER_JOIN, { replace: true });
    await candidate.getByTestId("run").click();
    await until(async () => /Wrong Answer/.test(await testResults(candidate)), "the wrong join refused", 30_000);
    for (const page of [candidate, interviewer]) {
      await until(async () => (await page.getByTestId("case-expected-table").count()) > 0, "the expected result set drawn");
      expect(await tableRows(page, "case-expected-table")).toEqual([["Bruno"], ["Dara"]]);
      // The inner join keeps only customers with orders, none of which has a NULL order id.
      expect(await page.getByTestId("case-actual-table").first().textContent()).toBe("(0 rows)");
    }
    await shot(candidate, "sql-1-wrong-join");
  });

  it("the left join is Accepted on the hidden datasets", async () => {
    await typeInEditor(candidate, LEFT_JOIN, { replace: true });
    await candidate.getByTestId("submit").click();
    const submitted = /Accepted · (\d+) \/ \1 test cases passed/;
    await until(async () => submitted.test(await testResults(candidate)), "submission accepted", 60_000);
    await until(async () => submitted.test(await testResults(interviewer)), "the interviewer sees it", 15_000);
    expect(Number(/Accepted · (\d+)/.exec(await testResults(candidate))![1])).toBeGreaterThan(2);
    await shot(interviewer, "sql-2-accepted");
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
