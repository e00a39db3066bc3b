/**
 * The pod's seccomp profile as a file: well-formed for the runtimes, every name a real syscall,
 * every syscall of the kernel's table decided on purpose (allowed or denied, none left to the
 * default by accident), and bubblewrap's needs among the allowed.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SeccompProfileSchema, X86_64_SYSCALL_HEADER, flattenProfile, kernelSyscallNames, namesBy, readProfile } from "./seccomp-profile.js";

const profile = readProfile();
const allowed = namesBy(profile, "SCMP_ACT_ALLOW");
const denied = namesBy(profile, "SCMP_ACT_ERRNO");

describe("deploy/k8s/seccomp/duet-runner.json", () => {
  it("is an allow list: unknown syscalls get ENOSYS (so libc falls back), the listed denials EPERM", () => {
    expect(profile).toMatchObject({ defaultAction: "SCMP_ACT_ERRNO", defaultErrnoRet: 38 });
    for (const rule of profile.syscalls.filter((r) => r.action === "SCMP_ACT_ERRNO")) expect(rule.errnoRet, rule.comment).toBe(1);
    expect(profile.archMap.map((a) => a.architecture)).toEqual(["SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64"]);
  });

  it("refuses a misspelt key instead of letting the runtime ignore it", () => {
    const typo = { ...profile, syscalls: [{ ...profile.syscalls[0], errnoret: 1 }] };
    expect(SeccompProfileSchema.safeParse(typo).error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["errnoret"] });
  });

  it("allows what bubblewrap needs to build a sandbox, and denies the kernel attack surface a runner never uses", () => {
    expect(allowed).toEqual(expect.arrayContaining(["clone", "clone3", "unshare", "mount", "umount2", "pivot_root", "sethostname", "seccomp", "prctl", "setresuid", "prlimit64", "execve"]));
    expect(denied).toEqual(expect.arrayContaining(["ptrace", "keyctl", "add_key", "bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "kexec_load", "init_module", "setns", "open_by_handle_at", "process_vm_readv"]));
  });

  it.runIf(process.arch === "x64")("names only real syscalls, each once, and decides every syscall of the kernel's x86-64 table", () => {
    if (!existsSync(X86_64_SYSCALL_HEADER)) throw new Error(`${X86_64_SYSCALL_HEADER} is missing: install linux-libc-dev (bash scripts/install-toolchains.sh installs it with libc6-dev)`);
    const table = kernelSyscallNames();
    const listed = [...allowed, ...denied];
    expect(listed.filter((n, i) => listed.indexOf(n) !== i), "named twice").toEqual([]);
    expect(listed.filter((n) => !table.includes(n)), "not syscalls").toEqual([]);
    expect(table.filter((n) => !listed.includes(n)), "left to the default").toEqual([]);
  });

  it("flattens into the directives the test loader builds a libseccomp filter from", () => {
    const text = flattenProfile(profile, "x64");
    expect(text.split("\n")[0]).toBe("default ERRNO 38");
    expect(text).toContain("\nrule ALLOW 1 pivot_root\n");
    expect(text).toContain("\nrule ERRNO 1 ptrace\n");
    expect(text.match(/^rule /gm)).toHaveLength(allowed.length + denied.length);
    expect(() => flattenProfile(profile, "riscv64")).toThrow(/no archMap entry for riscv64/);
  });
});
