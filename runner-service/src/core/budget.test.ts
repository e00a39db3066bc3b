import { describe, expect, it } from "vitest";
import { RUN_DEFAULTS } from "../limits.js";
import { Budget } from "./budget.js";

describe("Budget", () => {
  it("cuts a stage's wall limit to the time left, and is spent at the deadline", () => {
    let t = 1000;
    const b = new Budget(60_000, () => t);
    expect(b.clamp(RUN_DEFAULTS).wallMs).toBe(10_000); // plenty left: the stage's own limit
    t += 55_000;
    expect(b.clamp(RUN_DEFAULTS)).toEqual({ ...RUN_DEFAULTS, wallMs: 5_000 });
    expect(b.spent).toBe(false);
    t += 5_000;
    expect(b.spent).toBe(true);
    expect(b.clamp(RUN_DEFAULTS).wallMs).toBe(1);
    expect(b.message("submission")).toBe("submission exceeded its 60 s total time budget");
  });
});
