import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CompileCache } from "./compile-cache.js";
import { removeLeftovers } from "./process-dirs.js";

// A live process that is not this one, and the pid of one that has ended.
const live = spawn("sleep", ["60"]);
const deadPid = spawnSync("true").pid;
afterAll(() => live.kill());

describe("a data folder shared by runner processes", () => {
  it("keeps what a live runner is using and removes what ended runners, this pid's earlier life and older layouts left", () => {
    const dir = mkdtempSync(join(tmpdir(), "work-"));
    for (const name of [String(live.pid), String(deadPid), String(process.pid), "2b7c9e4e-uuid-of-an-older-layout"]) mkdirSync(join(dir, name));
    removeLeftovers(dir, "");
    expect(readdirSync(dir)).toEqual([String(live.pid)]);
  });

  it("a compile cache starting on the folder leaves another live runner's compile in flight alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-"));
    expect(new CompileCache(dir, 10).scratch(null)).toMatch(new RegExp(`/tmp-${process.pid}-[0-9a-f-]+$`));
    mkdirSync(join(dir, `tmp-${live.pid}-in-flight`));
    mkdirSync(join(dir, `tmp-${deadPid}-left-by-a-crash`));
    new CompileCache(dir, 10);
    expect(readdirSync(dir)).toEqual([`tmp-${live.pid}-in-flight`]);
  });
});
