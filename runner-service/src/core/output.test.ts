import { describe, expect, it } from "vitest";
import type { RunEventInput } from "../../../contracts/runner.js";
import { OutputCoalescer } from "./output.js";

function collect(budget = 1024, ms = 20) {
  const events: RunEventInput[] = [];
  return { events, out: new OutputCoalescer((e) => events.push(e), budget, ms) };
}

describe("OutputCoalescer", () => {
  it("coalesces many small writes into one event per stream run", async () => {
    const { events, out } = collect();
    for (let i = 0; i < 100; i++) out.push("stdout", Buffer.from("x"));
    out.push("stderr", Buffer.from("e"));
    out.push("stdout", Buffer.from("y"));
    expect(events).toEqual([]);
    await new Promise((r) => setTimeout(r, 40));
    expect(events).toEqual([
      { type: "output", stream: "stdout", data: "x".repeat(100) },
      { type: "output", stream: "stderr", data: "e" },
      { type: "output", stream: "stdout", data: "y" },
    ]);
  });

  it("never splits a UTF-8 character across events", () => {
    const { events, out } = collect();
    const euro = Buffer.from("€");
    out.push("stdout", euro.subarray(0, 1));
    out.flush();
    out.push("stdout", euro.subarray(1));
    out.end();
    expect(events.map((e) => (e as { data: string }).data).join("")).toBe("€");
    expect(events.every((e) => !(e as { data: string }).data.includes("\uFFFD"))).toBe(true);
  });

  it("stops sending at the budget and says it truncated", () => {
    const { events, out } = collect(10);
    out.push("stdout", Buffer.from("0123456789abcdef"));
    out.end();
    expect(events).toEqual([{ type: "output", stream: "stdout", data: "0123456789" }]);
    expect(out.truncated).toBe(true);
  });
});
