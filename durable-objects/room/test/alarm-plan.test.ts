import { describe, expect, it } from "vitest";
import { AlarmPlan, CHECKPOINT_DELAY_MS, EAGER_CHECKPOINT_TAIL } from "../alarm-plan";

describe("the room's one alarm", () => {
  it("checkpoints a delay after the first update, and does not move for later ones", () => {
    const plan = new AlarmPlan();
    plan.loaded(null, 0, 0);
    expect(plan.next(null)).toBeNull(); // nothing due, no expiry
    expect(plan.logged(1_000)).toBe(true);
    expect(plan.next(null)).toBe(1_000 + CHECKPOINT_DELAY_MS);
    expect(plan.logged(2_000)).toBe(false);
    expect(plan.next(null)).toBeNull(); // already set there
  });

  it("a long tail pulls the checkpoint to now; expiry wins when it is sooner", () => {
    const plan = new AlarmPlan();
    plan.loaded(null, 0, 0);
    for (let i = 1; i < EAGER_CHECKPOINT_TAIL; i++) plan.logged(100);
    expect(plan.next(null)).toBe(100 + CHECKPOINT_DELAY_MS);
    expect(plan.logged(500)).toBe(true);
    expect(plan.next(null)).toBe(500);
    plan.fired();
    expect(plan.next(50_000)).toBe(50_000); // only the expiry left
  });

  it("after a load with a tail, the checkpoint is scheduled without any new update", () => {
    const plan = new AlarmPlan();
    plan.loaded(null, 3, 10);
    expect(plan.next(null)).toBe(10 + CHECKPOINT_DELAY_MS);
    const eager = new AlarmPlan();
    eager.loaded(null, EAGER_CHECKPOINT_TAIL, 10);
    expect(eager.next(99_999)).toBe(10);
  });
});
