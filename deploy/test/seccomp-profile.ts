/**
 * The pod's seccomp profile (deploy/k8s/seccomp/duet-runner.json) in the Docker/OCI JSON form
 * that containerd and CRI-O read for a `Localhost` profile, and its flattening into the
 * directives deploy/test/seccomp-exec.c loads with libseccomp.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROFILE_PATH = fileURLToPath(new URL("../k8s/seccomp/duet-runner.json", import.meta.url));

const ActionSchema = z.enum(["SCMP_ACT_ALLOW", "SCMP_ACT_ERRNO", "SCMP_ACT_LOG", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP"]);
const ArchSchema = z.string().regex(/^SCMP_ARCH_[A-Z0-9_]+$/);
const errno = z.number().int().min(1).max(4095);

const ArgSchema = z.strictObject({
  index: z.number().int().min(0).max(5),
  value: z.number().int().nonnegative(),
  valueTwo: z.number().int().nonnegative().default(0),
  op: z.enum(["SCMP_CMP_NE", "SCMP_CMP_LT", "SCMP_CMP_LE", "SCMP_CMP_EQ", "SCMP_CMP_GE", "SCMP_CMP_GT", "SCMP_CMP_MASKED_EQ"]),
});

const RuleSchema = z.strictObject({
  comment: z.string().min(1),
  names: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
  action: ActionSchema,
  errnoRet: errno.optional(),
  args: z.array(ArgSchema).max(6).optional(),
});

/** Only the fields this profile uses; strict, so a misspelt key fails here instead of being ignored by the runtime. */
export const SeccompProfileSchema = z.strictObject({
  defaultAction: ActionSchema,
  defaultErrnoRet: errno.optional(),
  archMap: z.array(z.strictObject({ architecture: ArchSchema, subArchitectures: z.array(ArchSchema) })).min(1),
  syscalls: z.array(RuleSchema).min(1),
});
export type SeccompProfile = z.infer<typeof SeccompProfileSchema>;

export function readProfile(path = PROFILE_PATH): SeccompProfile {
  return SeccompProfileSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Syscall names by the action the profile gives them. */
export function namesBy(profile: SeccompProfile, action: SeccompProfile["defaultAction"]): string[] {
  return profile.syscalls.filter((r) => r.action === action).flatMap((r) => r.names);
}

/** libseccomp's architecture name for Node's `process.arch`. */
const NATIVE_ARCH: Partial<Record<NodeJS.Architecture, string>> = { x64: "SCMP_ARCH_X86_64", arm64: "SCMP_ARCH_AARCH64" };

const actionWord = (a: string) => a.replace(/^SCMP_ACT_/, "");

/**
 * The directives for seccomp-exec on this machine's architecture: the runtime adds the native
 * architecture's archMap entry with its sub-architectures, and so does this.
 */
export function flattenProfile(profile: SeccompProfile, arch: NodeJS.Architecture = process.arch): string {
  const native = NATIVE_ARCH[arch];
  const entry = profile.archMap.find((a) => a.architecture === native);
  if (!entry) throw new Error(`the profile has no archMap entry for ${native ?? arch}`);
  const lines = [`default ${actionWord(profile.defaultAction)} ${profile.defaultErrnoRet ?? 1}`];
  for (const sub of entry.subArchitectures) lines.push(`arch ${sub.replace(/^SCMP_ARCH_/, "").toLowerCase()}`);
  for (const rule of profile.syscalls) {
    const conditions = (rule.args ?? []).map((a) => `${a.index} ${a.op.replace(/^SCMP_CMP_/, "")} ${a.value} ${a.valueTwo}`);
    for (const name of rule.names) lines.push(["rule", actionWord(rule.action), rule.errnoRet ?? 1, name, ...conditions].join(" "));
  }
  return `${lines.join("\n")}\n`;
}

/** Every x86-64 syscall name in the kernel headers (linux-libc-dev, installed with gcc's libc6-dev). */
export const X86_64_SYSCALL_HEADER = "/usr/include/x86_64-linux-gnu/asm/unistd_64.h";
export function kernelSyscallNames(header = X86_64_SYSCALL_HEADER): string[] {
  return [...readFileSync(header, "utf8").matchAll(/^#define __NR_(\w+)\s+\d+/gm)].map((m) => m[1]);
}
