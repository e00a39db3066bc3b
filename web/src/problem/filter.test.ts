import { describe, expect, it } from "vitest";
import type { ProblemSummary } from "../../../contracts/problems";
import { filterProblems, NO_FILTER, topicsOf } from "./filter";

const p = (slug: string, title: string, difficulty: ProblemSummary["difficulty"], tags: string[]): ProblemSummary => ({ slug, title, difficulty, tags, expectedMinutes: 20 });
const LIST = [
  p("two-sum", "Two Sum", "easy", ["arrays", "hash-map"]),
  p("three-sum", "3Sum", "medium", ["arrays", "two-pointers"]),
  p("word-ladder", "Word Ladder", "hard", ["bfs", "graphs"]),
  p("course-schedule", "Course Schedule", "medium", ["graphs", "topological-sort"]),
];
const slugs = (f: Partial<typeof NO_FILTER>) => filterProblems(LIST, { ...NO_FILTER, ...f }).map((x) => x.slug);

describe("the problem picker's filter", () => {
  it("keeps everything with no filter, and narrows by level, topic and words, all at once", () => {
    expect(slugs({})).toEqual(LIST.map((x) => x.slug));
    expect(slugs({ level: "medium" })).toEqual(["three-sum", "course-schedule"]);
    expect(slugs({ topic: "graphs" })).toEqual(["word-ladder", "course-schedule"]);
    expect(slugs({ topic: "graphs", level: "hard" })).toEqual(["word-ladder"]);
    expect(slugs({ text: "SUM" })).toEqual(["two-sum", "three-sum"]);
    expect(slugs({ text: "sum pointers" })).toEqual(["three-sum"]); // every word, in the title, slug or tags
    expect(slugs({ text: "  " })).toHaveLength(4);
    expect(slugs({ text: "nothing like this" })).toEqual([]);
  });

  it("offers the topics the list has, the commonest first", () => {
    expect(topicsOf(LIST).slice(0, 2)).toEqual(["arrays", "graphs"]);
    expect(topicsOf([])).toEqual([]);
  });
});
