import { SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { seedProblems } from "./seed";
import { pathTo, ROUTES } from "../../contracts/routes";
import { TOPICS, type ProblemSummary } from "../../contracts/problems";

beforeAll(() => seedProblems());

describe("the problem library API", () => {
  it("lists the library in order: 60 problems or more, every level, a topic and usual minutes each", async () => {
    const res = await SELF.fetch(`http://duet.test${pathTo(ROUTES.problems)}`);
    const { problems } = (await res.json()) as { problems: ProblemSummary[] };
    expect(problems.length).toBeGreaterThanOrEqual(60);
    expect(problems[0]).toMatchObject({ slug: "two-sum", title: "Two Sum", difficulty: "easy" });
    const count = (d: string) => problems.filter((p) => p.difficulty === d).length;
    expect([count("easy"), count("medium"), count("hard")].every((n) => n >= 9)).toBe(true);
    for (const p of problems) {
      expect(p.tags.some((t) => (TOPICS as readonly string[]).includes(t)), p.slug).toBe(true);
      expect(p.expectedMinutes, p.slug).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(problems.flatMap((p) => p.tags)).size).toBeGreaterThanOrEqual(25);
  });

  it("a problem's detail has statement, examples and starters, never references or hidden tests", async () => {
    const res = await SELF.fetch(`http://duet.test${pathTo(ROUTES.problem, { slug: "two-sum" })}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      ["constraints", "difficulty", "examples", "expectedMinutes", "hiddenTests", "signature", "signatures", "slug", "starter", "statement", "tags", "timeLimitMs", "title"].sort(),
    );
    expect(Object.keys(body.starter as object).sort()).toEqual(["c", "cpp", "csharp", "go", "java", "javascript", "python", "rust", "typescript"]);
    // The signature as each language writes it: what the statement shows, and what the starter declares.
    const signatures = body.signatures as Record<string, { container: string | null; declaration: string }>;
    expect(signatures.python).toEqual({ container: "class Solution", declaration: "def twoSum(self, nums: List[int], target: int) -> List[int]" });
    expect(signatures.java).toEqual({ container: "class Solution", declaration: "public int[] twoSum(int[] nums, int target)" });
    expect(signatures.csharp).toEqual({ container: "public class Solution", declaration: "public int[] TwoSum(int[] nums, int target)" });
    for (const [lang, { declaration }] of Object.entries(signatures)) expect((body.starter as Record<string, string>)[lang]).toContain(declaration);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/seen\[target - x\]/); // the reference solution's body
    expect(body.hiddenTests).toBeGreaterThan(5);
    expect((body.examples as { input: unknown }[])[0].input).toEqual({ nums: [2, 7, 11, 15], target: 9 });
  });

  it("unknown and malformed slugs are 404 and 400", async () => {
    expect((await SELF.fetch(`http://duet.test${pathTo(ROUTES.problem, { slug: "no-such-problem" })}`)).status).toBe(404);
    expect((await SELF.fetch(`http://duet.test${pathTo(ROUTES.problem, { slug: "../etc" })}`)).status).toBe(400);
  });
});
