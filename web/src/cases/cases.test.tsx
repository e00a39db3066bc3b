/**
 * The test-case panel, the judged results and the history, against real Yjs docs shaped as the
 * Room writes them: cases checked by name against the signature, untouched examples sent by index,
 * a verdict named with where it failed, a compile error once, cases after a TLE not run, the limits
 * shown, the console following the editor's language, every run one click away.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type { ProblemDetail } from "../../../contracts/problems";
import { runOrderArray, runsMap } from "../../../contracts/room-state";
import { ConsolePanel } from "../components/ConsolePanel";
import { type CaseDraft, casesForRun, draftsFromExamples } from "./case-drafts";
import { CaseResults } from "./CaseResults";
import { CasesPanel } from "./CasesPanel";
import { RunNotice } from "./RunNotice";

const TWO_SUM: Pick<ProblemDetail, "signature" | "examples" | "timeLimitMs"> = {
  timeLimitMs: 1000,
  signature: { function: "twoSum", params: [{ name: "nums", type: "int[]" }, { name: "target", type: "int" }], returns: "int[]", compare: "exact" },
  examples: [{ input: { nums: [2, 7, 11, 15], target: 9 }, output: [0, 1] }, { input: { nums: [3, 2, 4], target: 6 }, output: [1, 2] }],
};

const EXIT = { stage: "test", status: "OK", exitCode: 0, signal: null, timeMs: 1, wallMs: 1, memoryKb: 0, truncated: false };

function addRun(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  doc.transact(() => {
    const rec = new Y.Map<unknown>();
    runsMap(doc).set(id, rec);
    const all = { id, mode: "run", language: "python", by: { userId: "u", name: "Cam" }, status: "finished", createdAt: Date.UTC(2026, 0, 1, 10, 0), ...fields };
    for (const [k, v] of Object.entries(all)) rec.set(k, v);
    rec.set("output", new Y.Array());
    runOrderArray(doc).push([id]);
  });
}

describe("cases for a run", () => {
  it("untouched examples need nothing; an edited one runs as a custom case, the rest by index", () => {
    const drafts = draftsFromExamples(TWO_SUM);
    expect(casesForRun(TWO_SUM, drafts)).toEqual({ ok: true, body: {} });
    // Spacing is no edit.
    const spaced = drafts.map((d, i) => (i === 0 ? { ...d, values: { ...d.values, nums: "[2, 7, 11, 15]" } } : d));
    expect(casesForRun(TWO_SUM, spaced)).toEqual({ ok: true, body: {} });
    const edited = drafts.map((d, i) => (i === 0 ? { ...d, values: { ...d.values, target: "26" } } : d));
    expect(casesForRun(TWO_SUM, edited)).toEqual({ ok: true, body: { examples: [1], cases: [{ nums: [2, 7, 11, 15], target: 26 }] } });
    expect(casesForRun(TWO_SUM, drafts.slice(1))).toEqual({ ok: true, body: { examples: [1] } });
  });

  it("refuses what cannot run, saying which case", () => {
    const drafts = draftsFromExamples(TWO_SUM);
    expect(casesForRun(TWO_SUM, [])).toEqual({ ok: false, reason: "empty" });
    const bad: CaseDraft[] = [drafts[0], { ...drafts[1], values: { nums: "[1, \"x\"]", target: "1" } }];
    expect(casesForRun(TWO_SUM, bad)).toEqual({ ok: false, reason: "invalid", index: 1 });
    const many = Array.from({ length: 9 }, () => ({ key: "k", example: null, values: { nums: "[1]", target: "1" } }));
    expect(casesForRun(TWO_SUM, many)).toEqual({ ok: false, reason: "tooMany" });
  });
});

function Panel() {
  const [drafts, setDrafts] = useState(() => draftsFromExamples(TWO_SUM));
  return <><CasesPanel problem={TWO_SUM} language="python" drafts={drafts} setDrafts={setDrafts} /><output data-testid="body">{JSON.stringify(casesForRun(TWO_SUM, drafts))}</output></>;
}

describe("CasesPanel", () => {
  it("shows the examples as cases by parameter name, checks each field, adds and removes cases, and shows the limits", () => {
    render(<Panel />);
    expect(screen.getByRole("button", { name: "Case 1" }).getAttribute("aria-pressed")).toBe("true");
    const nums = screen.getByLabelText(/^nums/) as HTMLTextAreaElement;
    expect(nums.value).toBe("[2,7,11,15]");
    expect((screen.getByLabelText(/^target/) as HTMLTextAreaElement).value).toBe("9");
    expect(screen.getByText(/Limits per case: 4.1 sec of CPU, 256 MB of memory/)).toBeTruthy();

    fireEvent.change(nums, { target: { value: "[1, \"x\"]" } });
    expect(screen.getByRole("alert").textContent).toBe("Not a value of type int[].");
    expect(nums.getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(nums, { target: { value: "[1, 2" } });
    expect(screen.getByRole("alert").textContent).toMatch(/^Not valid JSON/);
    fireEvent.change(nums, { target: { value: "[1, 8]" } });
    expect(screen.queryByRole("alert")).toBeNull();

    fireEvent.click(screen.getByTestId("case-add"));
    expect(screen.getByRole("button", { name: "Case 3" }).getAttribute("aria-pressed")).toBe("true");
    expect((screen.getByLabelText(/^nums/) as HTMLTextAreaElement).value).toBe("[1, 8]"); // a copy of the case it was added from
    expect(JSON.parse(screen.getByTestId("body").textContent!)).toEqual({ ok: true, body: { examples: [1], cases: [{ nums: [1, 8], target: 9 }, { nums: [1, 8], target: 9 }] } });

    fireEvent.click(screen.getByRole("button", { name: "Remove case 2" }));
    expect(screen.queryByRole("button", { name: "Case 3" })).toBeNull();
    expect(JSON.parse(screen.getByTestId("body").textContent!)).toEqual({ ok: true, body: { examples: [], cases: [{ nums: [1, 8], target: 9 }, { nums: [1, 8], target: 9 }] } });
    fireEvent.click(screen.getByRole("button", { name: "Reset to the examples" }));
    expect(JSON.parse(screen.getByTestId("body").textContent!)).toEqual({ ok: true, body: {} });
  });
});

describe("CaseResults", () => {
  const doc = () => new Y.Doc();
  const read = (fields: Record<string, unknown>) => {
    const d = doc();
    addRun(d, "r", fields);
    return (runsMap(d).get("r") as Y.Map<unknown>).toJSON() as Parameters<typeof CaseResults>[0]["run"];
  };

  it("a compile error is one message, not a row per case", () => {
    const { container } = render(<CaseResults run={read({ total: 3, tests: [], judge: { mode: "run", verdict: "CE", passed: 0, total: 3, timeMs: 0, memoryKb: 0, message: "main.cpp:1: error: no member named 'missing'" } })} />);
    expect(container.querySelector(".tests-summary")?.textContent).toMatch(/^Compile Error · 0 \/ 3 test cases passed/);
    expect(screen.getByText(/no member named/)).toBeTruthy();
    expect(container.querySelectorAll(".test-list li")).toHaveLength(0);
  });

  it("a TLE names its case, and the cases after it are not run; the limits are shown", () => {
    const tle = { index: 0, kind: "example", verdict: "TLE", timeMs: 4100, memoryKb: 9000, input: "nums = [2,7]\ntarget = 9", expected: "[0,1]", actual: "", stdout: "" };
    render(<CaseResults run={read({ total: 3, limits: { cpuMs: 4100, wallMs: 9200, memoryMb: 256 }, tests: [tle], judge: { mode: "run", verdict: "TLE", passed: 0, total: 3, timeMs: 4100, memoryKb: 9000, failure: tle } })} />);
    expect(screen.getByTestId("tests-error").textContent).toBe("Time Limit Exceeded on case 1");
    expect(screen.getAllByText(/not run: the run stopped at an earlier case/)).toHaveLength(2);
    expect(screen.getByText(/Limits per case: 4.1 sec of CPU, 256 MB of memory/)).toBeTruthy();
    expect(screen.queryByTestId("case-cpu-scale")).toBeNull(); // the reference host: nothing to say
  });

  it("says when the runner's calibration scaled the time limit, so a slow host's TLE is not a mystery", () => {
    const tle = { index: 0, kind: "example", verdict: "TLE", timeMs: 5100, memoryKb: 9000, input: "nums = [2,7]\ntarget = 9", expected: "[0,1]", actual: "", stdout: "" };
    render(<CaseResults run={read({ total: 1, limits: { cpuMs: 4100, wallMs: 9200, memoryMb: 256 }, tests: [tle], judge: { mode: "run", verdict: "TLE", passed: 0, total: 1, timeMs: 5100, memoryKb: 9000, failure: tle, cpuScale: 1.25 } })} />);
    expect(screen.getByTestId("case-cpu-scale").textContent).toBe(" This runner\u2019s CPU is slower than the reference host\u2019s, so the time limit here was 1.25\u00d7.");
  });

  it("each case shows input, expected, actual and what the program printed; a runtime error names its error", () => {
    const ok = { index: 0, kind: "example", verdict: "AC", timeMs: 30, memoryKb: 9000, input: "nums = [2,7]\ntarget = 9", expected: "[0,1]", actual: "[0,1]", stdout: "checking 2" };
    const re = { index: 1, kind: "custom", verdict: "RE", timeMs: 30, memoryKb: 9000, input: "nums = []\ntarget = 1", expected: "[]", actual: "", stdout: "Traceback (most recent call last):\n  File \"main.py\", line 4\nIndexError: list index out of range\n" };
    render(<CaseResults run={read({ total: 2, tests: [ok, re], judge: { mode: "run", verdict: "RE", passed: 1, total: 2, timeMs: 30, memoryKb: 9000, failure: re } })} />);
    expect(screen.getByTestId("tests-error").textContent).toBe("Runtime Error on case 2: IndexError: list index out of range");
    const [first, second] = screen.getAllByTestId("case-result");
    expect(within(first).getByText("nums = [2,7] target = 9", { normalizer: (s) => s.replace(/\s+/g, " ") })).toBeTruthy();
    expect(within(first).getByTestId("case-expected").textContent).toBe("[0,1]");
    expect(within(first).getByTestId("case-actual").textContent).toBe("[0,1]");
    expect(within(first).getByText("Printed (stdout and stderr)")).toBeTruthy();
    expect(within(first).getByText("checking 2")).toBeTruthy();
    expect(second.textContent).toContain("custom");
  });

  it("a design problem's wrong answer names the call that returned it", () => {
    const wa = {
      index: 0, kind: "example", verdict: "WA", timeMs: 30, memoryKb: 9000,
      input: 'operations = ["MinStack","push","getMin"]\narguments = [[],[-2],[]]', expected: "[null,null,-2]", actual: "[null,null,0]", stdout: "",
      call: { index: 2, call: "getMin()", expected: "-2", actual: "0" },
    };
    render(<CaseResults run={read({ total: 1, tests: [wa], judge: { mode: "run", verdict: "WA", passed: 0, total: 1, timeMs: 30, memoryKb: 9000, failure: wa } })} />);
    expect(screen.getByTestId("case-call").textContent).toBe("Call 3, getMin(), returned 0; expected -2.");
  });

  it("an SQL problem's wrong answer shows the expected and actual result sets as tables, the difference marked", () => {
    const wa = {
      index: 0, kind: "example", verdict: "WA", timeMs: 30, memoryKb: 9000, input: "INSERT INTO T VALUES (1);", expected: "'name'\n'Ann'\n'Bob'", actual: "'name'\n'Ann'\nNULL", stdout: "",
      resultSets: { expected: { columns: ["name"], rows: [["Ann"], ["Bob"]] }, actual: { columns: ["name"], rows: [["Ann"], [null]] }, difference: "row 2, column name: got NULL, expected 'Bob'", row: 1, column: 0 },
    };
    render(<CaseResults run={read({ total: 1, tests: [wa], judge: { mode: "run", verdict: "WA", passed: 0, total: 1, timeMs: 30, memoryKb: 9000, failure: wa } })} />);
    const expected = screen.getByTestId("case-expected-table");
    expect([...expected.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["name"]);
    expect([...expected.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["Ann", "Bob"]);
    const actual = screen.getByTestId("case-actual-table");
    expect(actual.querySelector(".sql-diff")?.textContent).toBe("NULL");
    expect(actual.querySelector(".sql-diff i.sql-null")).toBeTruthy(); // NULL, not the text 'NULL'
    expect(screen.getByTestId("case-difference").textContent).toBe("row 2, column name: got NULL, expected 'Bob'");
  });
});

describe("ConsolePanel with judged runs", () => {
  it("an Accepted run (ended by the judge, before any exit) reads Accepted in the Output tab, not Failed", () => {
    const d = new Y.Doc();
    addRun(d, "r1", { total: 3, tests: [], judge: { mode: "run", verdict: "AC", passed: 3, total: 3, timeMs: 30, memoryKb: 9000 } });
    render(<ConsolePanel state={d} stdin="" setStdin={() => {}} />);
    fireEvent.click(screen.getByRole("tab", { name: "Output" }));
    const head = document.querySelector(".console-head")!;
    expect(head.textContent).toMatch(/^Accepted · 3 \/ 3 test cases passed/);
    expect(head.textContent).not.toContain("Failed");
  });

  it("shows the editor's language's latest run; a run going now shows whatever its language", () => {
    const d = new Y.Doc();
    addRun(d, "py", { language: "python", judge: { mode: "run", verdict: "WA", passed: 0, total: 3, timeMs: 1, memoryKb: 1 } });
    addRun(d, "java", { language: "java", exit: EXIT, mode: "program" });
    const { rerender } = render(<ConsolePanel state={d} stdin="" setStdin={() => {}} language="python" />);
    expect(document.querySelector(".tests-summary")?.textContent).toMatch(/^Wrong Answer/);
    rerender(<ConsolePanel state={d} stdin="" setStdin={() => {}} language="go" />);
    expect(document.querySelector(".tests-summary")).toBeNull();
    act(() => addRun(d, "go-elsewhere", { language: "cpp", status: "running", mode: "program" }));
    expect(screen.getAllByText("Running…").length).toBeGreaterThan(0);
  });

  it("the history lists every run with kind, who, language and result, and opens one", () => {
    const d = new Y.Doc();
    addRun(d, "a", { mode: "submit", judge: { mode: "submit", verdict: "WA", passed: 4, total: 10, timeMs: 1, memoryKb: 1 } });
    addRun(d, "b", { mode: "run", by: { userId: "i", name: "Ivy" }, language: "go", judge: { mode: "run", verdict: "AC", passed: 3, total: 3, timeMs: 1, memoryKb: 1 } });
    render(<ConsolePanel state={d} stdin="" setStdin={() => {}} language="go" />);
    fireEvent.click(screen.getByRole("tab", { name: "History" }));
    const rows = screen.getAllByTestId("history-row");
    expect(rows.map((r) => [...r.querySelectorAll("td")].slice(1, 5).map((c) => c.textContent))).toEqual([
      ["Run", "Ivy", "go", "Accepted · 3 / 3"],
      ["Submit", "Cam", "python", "Wrong Answer · 4 / 10"],
    ]);
    fireEvent.click(within(rows[1]).getByRole("button", { name: "Show" }));
    expect(screen.getByRole("tab", { name: "Test results" }).getAttribute("aria-selected")).toBe("true");
    expect(document.querySelector(".tests-summary")?.textContent).toMatch(/^Wrong Answer · 4 \/ 10/);
  });

  it("with a problem on the table the Input tab is the test-case panel", () => {
    render(<ConsolePanel state={new Y.Doc()} stdin="" setStdin={() => {}} cases={<Panel />} />);
    fireEvent.click(screen.getByRole("tab", { name: "Input" }));
    expect(screen.getByTestId("cases-panel")).toBeTruthy();
    expect(screen.queryByLabelText("Standard input for the next run")).toBeNull();
  });
});

describe("RunNotice", () => {
  it("says what is queued and counts a rate limit down to the second", () => {
    vi.useFakeTimers();
    try {
      const unqueue = vi.fn();
      const { rerender } = render(<RunNotice queued="submit" retryAt={null} onUnqueue={unqueue} />);
      expect(screen.getByText("Submit is queued: it starts when the current run ends.")).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
      expect(unqueue).toHaveBeenCalled();
      rerender(<RunNotice queued={null} retryAt={Date.now() + 12_000} onUnqueue={unqueue} />);
      expect(screen.getByTestId("retry-countdown").textContent).toBe("Too many runs — try again in 12 seconds.");
      act(() => vi.advanceTimersByTime(11_000));
      expect(screen.getByTestId("retry-countdown").textContent).toBe("Too many runs — try again in 1 second.");
      act(() => vi.advanceTimersByTime(1_000));
      expect(screen.queryByTestId("retry-countdown")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
