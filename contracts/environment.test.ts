import { describe, expect, it } from "vitest";
import { isProduction } from "./environment";

describe("isProduction fails closed", () => {
  it("only exactly development or test is not production", () => {
    expect(isProduction({ DUET_ENV: "development" })).toBe(false);
    expect(isProduction({ DUET_ENV: "test" })).toBe(false);
    for (const v of ["production", "prod", "Development", "development ", " test", "dev", "", undefined]) expect(isProduction({ DUET_ENV: v }), String(v)).toBe(true);
    expect(isProduction({})).toBe(true);
  });
});
