/**
 * The bubblewrap command line of one sandboxed process — pure, so the exact isolation can be
 * read and tested without running anything. argv arrays only: user input (file contents,
 * stdin) never reaches an argv; file names are validated by the contract and only ever
 * appear as bind destinations under /box.
 */
import type { Limits } from "../limits.js";

export interface Bind {
  /** Host path; the runner created it (never a path a sandbox wrote), so no symlink to follow. */
  src: string;
  dest: string;
  writable?: boolean;
}

export interface HostLayout {
  /** Top-level entries of / that hold toolchains: "/usr", "/lib64", … with what they are on the host. */
  roots: { path: string; symlinkTo?: string }[];
  /** Extra host paths bound read-only when they exist (/etc/alternatives, JDK config, …). */
  etc: string[];
  /** A seccomp BPF program will be readable on SECCOMP_FD (host.ts refuses to run without bwrap ≥ 0.8 for --disable-userns). */
  seccomp: boolean;
}

export interface SandboxSpec {
  argv: string[];
  env: Record<string, string>;
  binds: Bind[];
  limits: Limits;
  /**
   * What rlimits must stand in for (null: the cgroup holds both): `nproc` without a pids
   * controller, `addressSpace` without a memory controller for languages that tolerate RLIMIT_AS.
   */
  rlimitFallback: { nproc: boolean; addressSpace: boolean } | null;
}

export const INFO_FD = 3;
export const BLOCK_FD = 4;
export const SECCOMP_FD = 5;
export const SANDBOX_UID = 1000;

export const BASE_ENV: Record<string, string> = {
  PATH: "/usr/local/bin:/usr/bin:/bin",
  HOME: "/tmp",
  TMPDIR: "/tmp",
  LANG: "C.UTF-8",
  LC_ALL: "C.UTF-8",
};

export function bwrapArgs(spec: SandboxSpec, host: HostLayout): string[] {
  const a: string[] = [
    "--unshare-all", "--unshare-user",
    "--uid", String(SANDBOX_UID), "--gid", String(SANDBOX_UID),
    "--hostname", "duet",
    "--die-with-parent", "--new-session",
    "--info-fd", String(INFO_FD), "--block-fd", String(BLOCK_FD),
    // No nested user namespaces: they are where most unprivileged kernel exploits start.
    "--disable-userns",
  ];
  // Loaded by bwrap after its own set-up (which needs mount/unshare), just before the exec.
  if (host.seccomp) a.push("--seccomp", String(SECCOMP_FD));
  for (const r of host.roots) {
    if (r.symlinkTo) a.push("--symlink", r.symlinkTo, r.path);
    else a.push("--ro-bind", r.path, r.path);
  }
  for (const p of host.etc) a.push("--ro-bind-try", p, p);
  // bwrap's /dev is a writable tmpfs of its own: keep only /dev/shm (capped) writable.
  a.push("--proc", "/proc", "--dev", "/dev");
  a.push("--size", String(spec.limits.tmpfsBytes), "--tmpfs", "/dev/shm", "--remount-ro", "/dev");
  a.push("--size", String(spec.limits.tmpfsBytes), "--tmpfs", "/tmp");
  a.push("--size", String(spec.limits.tmpfsBytes), "--tmpfs", "/box");
  for (const b of spec.binds) a.push(b.writable ? "--bind" : "--ro-bind", b.src, b.dest);
  // Everything outside /box, /tmp and /out is read-only, including the sandbox's own root tmpfs.
  a.push("--remount-ro", "/", "--chdir", "/box", "--clearenv");
  for (const [k, v] of Object.entries({ ...BASE_ENV, ...spec.env })) a.push("--setenv", k, v);
  a.push("--", ...prlimitArgs(spec), "--", ...spec.argv);
  return a;
}

/**
 * rlimits are set by util-linux prlimit inside the sandbox, just before the program execs,
 * so they bind every process the program creates. RLIMIT_CPU sits a second above the CPU
 * limit: the runner's cgroup poll normally fires first; the rlimit is the backstop.
 */
export function prlimitArgs(spec: SandboxSpec): string[] {
  const l = spec.limits;
  const cpuSoft = Math.ceil(l.cpuMs / 1000) + 1;
  const args = [
    "/usr/bin/prlimit",
    `--cpu=${cpuSoft}:${cpuSoft + 1}`,
    `--fsize=${l.fsizeBytes}`,
    `--nofile=${l.nofile}`,
    `--stack=${l.stackBytes}`,
    "--core=0",
  ];
  if (spec.rlimitFallback?.nproc) args.push(`--nproc=${l.pids}`);
  if (spec.rlimitFallback?.addressSpace) args.push(`--as=${l.memoryMb * 1024 * 1024}`);
  return args;
}

/** Replace `{heapMb}` in manifest argv/env values; the value is a number the runner computed. */
export function expand(values: string[], heapMb: number): string[] {
  return values.map((v) => v.replaceAll("{heapMb}", String(heapMb)));
}
