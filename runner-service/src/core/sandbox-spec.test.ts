import { describe, expect, it } from "vitest";
import { LANGUAGES_BY_ID } from "../../../contracts/languages.js";
import { resolveLimits } from "../limits.js";
import { stepSpec } from "./sandbox-spec.js";

const rust = LANGUAGES_BY_ID.rust;
const limits = resolveLimits("compile", rust.compile?.limits ?? {}, undefined);

describe("stepSpec", () => {
  it("with a memory cgroup, leaves malloc alone: the cgroup counts pages, not address space", () => {
    const spec = stepSpec(rust, rust.compile!, limits, [], { memory: true, pids: true });
    expect(spec.rlimitFallback).toBeNull();
    expect(spec.env.MALLOC_ARENA_MAX).toBeUndefined();
  });

  it("under RLIMIT_AS, caps glibc's arenas so threaded compilers (rustc) can start their threads", () => {
    const spec = stepSpec(rust, rust.compile!, limits, [], { memory: false, pids: false });
    expect(spec.rlimitFallback).toEqual({ nproc: true, addressSpace: true });
    expect(spec.env.MALLOC_ARENA_MAX).toBe("2");
  });

  it("does not set it for runtimes that never get RLIMIT_AS (the JVM, Go, Node)", () => {
    const java = LANGUAGES_BY_ID.java;
    const spec = stepSpec(java, java.run, resolveLimits("run", java.run.limits ?? {}, undefined), [], { memory: false, pids: true });
    expect(spec.rlimitFallback).toEqual({ nproc: false, addressSpace: false });
    expect(spec.env.MALLOC_ARENA_MAX).toBeUndefined();
  });
});
