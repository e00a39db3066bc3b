import { describe, expect, it } from "vitest";
import { resolveLimits, scaleTimes } from "../limits";
import { calibrate, calibrationLoop, MAX_SCALE, MIN_SCALE, REFERENCE_LOOP_MS, scaleFor } from "./calibration";

describe("CPU calibration", () => {
  it("scales in quarter steps, so that a measurement's noise (±10%) leaves the reference host at 1", () => {
    expect(scaleFor(REFERENCE_LOOP_MS)).toBe(1);
    expect(scaleFor(REFERENCE_LOOP_MS * 1.1)).toBe(1);
    expect(scaleFor(REFERENCE_LOOP_MS * 0.9)).toBe(1);
    expect(scaleFor(REFERENCE_LOOP_MS * 2)).toBe(2);
    expect(scaleFor(REFERENCE_LOOP_MS * 1.3)).toBe(1.25);
  });

  it("clamps a measurement gone wrong instead of trusting it", () => {
    expect(scaleFor(0.01)).toBe(MIN_SCALE);
    expect(scaleFor(REFERENCE_LOOP_MS * 100)).toBe(MAX_SCALE);
  });

  it("measures this host when not pinned, and a pinned scale is used as is", () => {
    const measured = calibrate(null);
    expect(measured.source).toBe("measured");
    expect(measured.loopMs).toBeGreaterThan(0);
    expect(measured.cpuScale).toBe(scaleFor(measured.loopMs));
    expect(calibrate(1.5)).toEqual({ loopMs: 0, referenceLoopMs: REFERENCE_LOOP_MS, cpuScale: 1.5, source: "configured" });
  });

  it("the loop's work cannot be optimised away: its checksum is fixed", () => {
    expect(calibrationLoop()).toBe(calibrationLoop());
  });

  it("multiplies CPU and wall time, nothing else", () => {
    const base = resolveLimits("test", {}, { cpuMs: 1000, wallMs: 3000, memoryMb: 256 });
    const scaled = scaleTimes(base, 1.5);
    expect(scaled).toEqual({ ...base, cpuMs: 1500, wallMs: 4500 });
    expect(scaleTimes(base, 1)).toBe(base);
  });
});
