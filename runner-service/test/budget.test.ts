/**
 * A request's total time budget, from the side of a program that spends it: each test is well
 * inside its own limits, but together they would hold the runner's slot far longer.
 */
import { describe, expect, it } from "vitest";
import { run, testCore } from "./helpers.js";

const core = testCore({ concurrency: 2 });

describe.concurrent("total time budget", () => {
  it("a submission stops at its budget: the test it cut is TLE, an error says why, the rest never run", async () => {
    // Each test needs 1.2 s of a 2 s budget: the second one cannot fit, whatever the load.
    const tests = Array.from({ length: 6 }, () => ({ input: "", expected: "ok\n" }));
    const r = await run(core, "python", `import time\ntime.sleep(1.2)\nprint("ok")\n`, { tests, budgetMs: 2000 });
    const verdicts = r.events.flatMap((e) => (e.type === "test" ? [e.verdict] : []));
    expect(verdicts.length).toBeGreaterThanOrEqual(1);
    expect(verdicts.length).toBeLessThan(tests.length);
    expect(verdicts.at(-1)).toBe("TLE");
    expect(verdicts.slice(0, -1).every((v) => v === "AC")).toBe(true);
    expect(r.events.at(-1)).toMatchObject({ type: "error", message: "submission exceeded its 2 s total time budget" });
    expect(r.exit).toBeUndefined(); // the error ends the stream, as the contract says
    expect(r.events.filter((e) => e.type === "stage" && e.name === "test")).toHaveLength(verdicts.length);
  });

  it("a single run is cut at its budget too, even inside its own wall limit", async () => {
    const r = await run(core, "python", `import time\nprint("up", flush=True)\ntime.sleep(8)\n`, { budgetMs: 1000 });
    expect(r.exit).toMatchObject({ stage: "run", status: "TO" });
    expect(r.exit!.wallMs).toBeLessThan(2500);
    expect(r.events.at(-1)).toMatchObject({ type: "error", message: "run exceeded its 1 s total time budget" });
  });

  it("a run that fits its budget ends as usual, with no error", async () => {
    const r = await run(core, "python", `print("fine")\n`, { tests: [{ input: "", expected: "fine" }], budgetMs: 5000 });
    expect(r.events.at(-1)).toMatchObject({ type: "exit", stage: "test", status: "OK" });
    expect(r.events.some((e) => e.type === "error")).toBe(false);
  });
});
