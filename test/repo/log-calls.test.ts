/**
 * The Worker and the Room log only through contracts/log.ts's log(): one JSON shape with ts, level
 * and ids (what test/node/logs.test.ts checks on a live run). A bare console.* call in worker/ or
 * durable-objects/ would print a line no collector can filter by its ids.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, trackedFiles } from "./tracked-files";

const SERVER_SOURCE = /^(worker|durable-objects)\/.*\.ts$/;
const TESTS = /(\/test\/|\.test\.ts$)/;
const CONSOLE_CALL = /\bconsole\.(log|info|warn|error|debug|trace)\s*\(/;

describe("server logging", () => {
  it("no console.* call in worker/ or durable-objects/ outside tests: every line goes through log()", () => {
    const files = trackedFiles(SERVER_SOURCE).filter((f) => !TESTS.test(f));
    expect(files.length).toBeGreaterThan(50); // the walk really read the tree
    const offenders = files.flatMap((f) =>
      readFileSync(join(ROOT, f), "utf8").split("\n").flatMap((line, i) => (CONSOLE_CALL.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
