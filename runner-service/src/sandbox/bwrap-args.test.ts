import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RUN_DEFAULTS } from "../limits.js";
import { SECCOMP_FD, bwrapArgs, expand, type HostLayout, type SandboxSpec } from "./bwrap-args.js";
import { etcPaths } from "./host.js";

const host: HostLayout = { roots: [{ path: "/usr" }, { path: "/lib64", symlinkTo: "usr/lib64" }], etc: ["/etc/alternatives"], seccomp: true };
const spec: SandboxSpec = {
  argv: ["./main", "$(reboot)"],
  env: { GOMEMLIMIT: "192MiB" },
  binds: [{ src: "/data/src/main.c", dest: "/box/main.c" }, { src: "/data/out", dest: "/out", writable: true }],
  limits: RUN_DEFAULTS,
  rlimitFallback: null,
};

describe("bwrapArgs", () => {
  const args = bwrapArgs(spec, host);
  const has = (...seq: string[]) => args.some((_, i) => seq.every((s, j) => args[i + j] === s));

  it("isolates every namespace, dies with the runner, new session, no nested userns", () => {
    for (const flag of ["--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--disable-userns", "--clearenv"]) expect(args).toContain(flag);
    expect(args).not.toContain("--share-net");
  });

  it("loads the seccomp filter from its fd only when the host has one", () => {
    expect(has("--seccomp", String(SECCOMP_FD))).toBe(true);
    expect(bwrapArgs(spec, { ...host, seccomp: false })).not.toContain("--seccomp");
  });

  it("binds toolchains read-only, caps the tmpfs dirs, and makes / and /dev read-only", () => {
    expect(has("--ro-bind", "/usr", "/usr")).toBe(true);
    expect(has("--symlink", "usr/lib64", "/lib64")).toBe(true);
    expect(has("--ro-bind-try", "/etc/alternatives", "/etc/alternatives")).toBe(true);
    for (const d of ["/box", "/tmp", "/dev/shm"]) expect(has("--size", String(64 * 1024 * 1024), "--tmpfs", d)).toBe(true);
    expect(has("--remount-ro", "/")).toBe(true);
    expect(has("--remount-ro", "/dev")).toBe(true);
    expect(has("--ro-bind", "/data/src/main.c", "/box/main.c")).toBe(true);
    expect(has("--bind", "/data/out", "/out")).toBe(true);
  });

  it("passes argv through untouched after prlimit — no shell anywhere", () => {
    const dd = args.indexOf("--");
    const tail = args.slice(dd + 1);
    expect(tail[0]).toBe("/usr/bin/prlimit");
    expect(tail).toContain("--core=0");
    expect(tail).toContain(`--nofile=256`);
    expect(tail).toContain(`--fsize=${10 * 1024 * 1024}`);
    expect(tail.slice(-2)).toEqual(["./main", "$(reboot)"]);
    expect(args.some((a) => /^(\/usr)?\/bin\/(ba)?sh$/.test(a))).toBe(false);
  });

  it("adds RLIMIT_NPROC without a pids controller and RLIMIT_AS without a memory cgroup, where safe", () => {
    expect(args.some((a) => a.startsWith("--nproc") || a.startsWith("--as="))).toBe(false);
    const fb = bwrapArgs({ ...spec, rlimitFallback: { nproc: true, addressSpace: true } }, host);
    expect(fb).toContain("--nproc=64");
    expect(fb).toContain(`--as=${256 * 1024 * 1024}`);
    const jvm = bwrapArgs({ ...spec, rlimitFallback: { nproc: true, addressSpace: false } }, host);
    expect(jvm.some((a) => a.startsWith("--as="))).toBe(false);
  });

  it("binds the toolchains' config outside /usr read-only where this host has it (Mono's, PHP's, GHC's package database)", () => {
    const etc = etcPaths();
    for (const p of ["/etc/alternatives", "/etc/mono", "/etc/php", "/var/lib/ghc"]) expect(etc.includes(p), p).toBe(existsSync(p));
    const withConfig = bwrapArgs(spec, { ...host, etc });
    for (const p of etc) expect(withConfig.join(" ")).toContain(`--ro-bind-try ${p} ${p} `);
  });

  it("expands {heapMb} only", () => {
    expect(expand(["-Xmx{heapMb}m", "{other}"], 192)).toEqual(["-Xmx192m", "{other}"]);
  });
});
