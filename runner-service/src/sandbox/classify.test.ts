import { describe, expect, it } from "vitest";
import { classify } from "./classify.js";
import type { ExecResult } from "./execute.js";

const base: ExecResult = { exitCode: 0, killedFor: null, timeMs: 1, wallMs: 2, memoryKb: 3, oomKills: 0, outputBytes: 0, stdout: Buffer.alloc(0), stderrTail: "" };
const c = (over: Partial<ExecResult>) => classify({ ...base, ...over });

describe("classify", () => {
  it.each([
    ["clean exit", {}, { status: "OK", exitCode: 0, signal: null }],
    ["non-zero exit", { exitCode: 3 }, { status: "RE", exitCode: 3, signal: null }],
    ["segfault (128+11 from bwrap)", { exitCode: 139 }, { status: "SG", exitCode: null, signal: "SIGSEGV" }],
    ["abort", { exitCode: 134 }, { status: "SG", signal: "SIGABRT" }],
    ["cgroup OOM kill", { exitCode: 137, oomKills: 1 }, { status: "ML", signal: "SIGKILL" }],
    ["JVM heap exhausted", { exitCode: 1, stderrTail: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space' }, { status: "ML" }],
    ["V8 heap exhausted", { exitCode: 134, stderrTail: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" }, { status: "ML" }],
    ["RLIMIT_CPU", { exitCode: 128 + 24 }, { status: "TO", signal: "SIGXCPU" }],
    ["our wall/CPU kill", { exitCode: 137, killedFor: "TO" }, { status: "TO" }],
    ["output cap beats OOM", { exitCode: 137, killedFor: "OL", oomKills: 1 }, { status: "OL" }],
    ["cancelled", { exitCode: null, killedFor: "cancel" }, { status: "SG", signal: "SIGKILL" }],
    ["sandbox failure", { internalError: "boom" }, { status: "XX" }],
    ["OOM of a helper while the program exits 0", { oomKills: 1 }, { status: "OK" }],
  ] as const)("%s", (_, over, want) => {
    expect(c(over as Partial<ExecResult>)).toMatchObject(want);
  });
});
