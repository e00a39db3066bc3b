/** Acceptance: hello world, stdin echo, compile error and runtime error in every language, in the real sandbox. */
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../contracts/languages.js";
import { run, testCore } from "./helpers.js";
import { PROGRAMS } from "./programs.js";

const core = testCore({ concurrency: 2 });
const available = core.languages();

describe.concurrent.each(LANGUAGES.map((l) => [l.id, l] as const))("%s", (id, lang) => {
  const p = PROGRAMS[id];
  // SQL has no compile step: no compile stage, and its syntax errors are the run's (RE).
  const compiles = lang.compile !== undefined;
  const skip = !available.find((l) => l.id === id)?.available && process.getuid?.() !== 0;

  it.skipIf(skip)("runs hello world, then echoes stdin from the cached build", async () => {
    const hello = await run(core, id, p.greet);
    expect(hello.compile?.status).toBe(compiles ? "OK" : undefined);
    expect(hello.exit).toMatchObject({ stage: "run", status: "OK", exitCode: 0, signal: null, truncated: false });
    expect(hello.stdout).toBe("Hello, World!\n");
    expect(hello.stderr).toBe("");
    const echo = await run(core, id, p.greet, { stdin: p.echoStdin ?? "Duet\n" });
    expect(echo.stdout).toBe("Hello, Duet!\n");
    expect(echo.exit?.status).toBe("OK");
    if (compiles) expect(echo.compile).toMatchObject({ status: "OK", wallMs: 0 }); // a cache hit: nothing ran
  });

  it.skipIf(skip || compiles)("reports a syntax error as RE with the engine's message", async () => {
    const r = await run(core, id, p.compileError);
    expect(r.compile).toBeUndefined();
    expect(r.exit).toMatchObject({ stage: "run", status: "RE" });
    expect(r.stderr).toMatch(/error/);
  });

  it.skipIf(skip || !compiles)("reports a compile error as CE with the compiler's message", async () => {
    const r = await run(core, id, p.compileError);
    expect(r.compile).toMatchObject({ stage: "compile", status: "CE" });
    expect(r.compile?.exitCode).not.toBe(0);
    expect(r.stderr.length + r.stdout.length).toBeGreaterThan(0);
    expect(r.exit).toBeUndefined();
    expect(r.events.some((e) => e.type === "stage" && e.name === "run")).toBe(false);
  });

  it.skipIf(skip)(`reports a runtime error as ${p.runtimeStatus.status}`, async () => {
    const r = await run(core, id, p.runtimeError);
    expect(r.compile?.status).toBe(compiles ? "OK" : undefined);
    expect(r.exit?.status).toBe(p.runtimeStatus.status);
    if (p.runtimeStatus.signal) expect(r.exit?.signal).toBe(p.runtimeStatus.signal);
    else expect(r.exit?.exitCode).not.toBe(0);
    expect(r.stdout).not.toContain("unreachable");
  });
});

describe("event stream", () => {
  it("numbers events from 0 without gaps and ends with the run's exit", async () => {
    const r = await run(core, "python", PROGRAMS.python.greet);
    expect(r.events.map((e) => e.seq)).toEqual(r.events.map((_, i) => i));
    expect(r.events.map((e) => e.type).filter((t) => t !== "heartbeat")).toEqual(["started", "stage", "exit", "stage", "output", "exit"]);
  });
});
