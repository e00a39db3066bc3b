import { describe, expect, it } from "vitest";
import { sameOutput, verdictOf } from "./verdict.js";

describe("verdicts", () => {
  it("forgives trailing whitespace and final newlines, nothing else", () => {
    expect(sameOutput("1 2 \n3\n\n", "1 2\n3")).toBe(true);
    expect(sameOutput("1\r\n2\r\n", "1\n2\n")).toBe(true);
    expect(sameOutput("1  2", "1 2")).toBe(false);
    expect(sameOutput("\n1", "1")).toBe(false);
  });

  it("maps statuses to verdicts", () => {
    expect(verdictOf("OK", "2\n", "2")).toBe("AC");
    expect(verdictOf("OK", "3\n", "2")).toBe("WA");
    expect(["TO", "ML", "OL", "RE", "SG", "CE", "XX"].map((s) => verdictOf(s as never, "", ""))).toEqual(["TLE", "MLE", "OLE", "RE", "RE", "CE", "RE"]);
  });
});
