/**
 * Per-run cgroups: detect what the host offers (v2, v1, or nothing usable) once at startup and
 * hand out one group per sandboxed process. Without cgroups the runner still works on rlimits
 * alone and says so in /healthz — it never crashes for lack of them.
 */
import { readFileSync } from "node:fs";
import { createV1Hierarchy } from "./cgroup-v1.js";
import { createV2Hierarchy } from "./cgroup-v2.js";

export interface CgroupStats {
  /** CPU time of every process that ran in the group. */
  cpuUs: number;
  memoryPeakKb: number;
  /** Processes the kernel OOM killer killed inside the group. */
  oomKills: number;
}

export interface RunCgroup {
  /** Move a process in; done while the sandbox is blocked, before the user program exists. */
  attach(pid: number): Promise<void>;
  stats(): CgroupStats;
  /** SIGKILL everything still in the group. */
  killAll(): void;
  /** Remove the group once it is empty (retries while the kernel reaps). */
  destroy(): Promise<void>;
}

export interface CgroupLimits {
  memoryBytes: number;
  pids: number;
}

export interface CgroupHierarchy {
  mode: "v1" | "v2";
  /** The pids controller is there; without it (some delegations give memory only) RLIMIT_NPROC caps processes. */
  pids: boolean;
  create(name: string, limits: CgroupLimits): RunCgroup;
}

export interface Cgroups {
  mode: "v1" | "v2" | "none";
  /** Why cgroups are off (mode "none"). */
  reason?: string;
  hierarchy?: CgroupHierarchy;
}

export interface MountInfo {
  fstype: string;
  mountPoint: string;
  superOptions: string[];
}

export function parseMountInfo(text: string): MountInfo[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [pre, post] = line.split(" - ");
      const mountPoint = unescapeMount(pre.split(" ")[4]);
      const [fstype, , superOpts = ""] = post.split(" ");
      return { fstype, mountPoint, superOptions: superOpts.split(",") };
    });
}

/** /proc/self/cgroup → controller ("" for the v2 unified line) → path. */
export function parseProcCgroup(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n").filter(Boolean)) {
    const [, controllers, path] = line.split(/:(.*?):/);
    for (const c of controllers.split(",")) out.set(c.replace(/^name=/, ""), path);
  }
  return out;
}

function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/**
 * A hierarchy is used when it carries the memory controller (pids too when it has it); a hybrid
 * host (this dev machine: cgroup2 mounted at /sys/fs/cgroup/unified with no controllers) uses v1.
 */
export function detectCgroups(proc = { mountinfo: "/proc/self/mountinfo", cgroup: "/proc/self/cgroup" }): Cgroups {
  let mounts: MountInfo[];
  let own: Map<string, string>;
  try {
    mounts = parseMountInfo(readFileSync(proc.mountinfo, "utf8"));
    own = parseProcCgroup(readFileSync(proc.cgroup, "utf8"));
  } catch (e) {
    return { mode: "none", reason: `cannot read /proc: ${(e as Error).message}` };
  }
  const errors: string[] = [];
  const v2 = mounts.find((m) => m.fstype === "cgroup2");
  if (v2 && own.has("")) {
    try {
      return { mode: "v2", hierarchy: createV2Hierarchy(v2.mountPoint, own.get("")!) };
    } catch (e) {
      errors.push(`v2: ${(e as Error).message}`);
    }
  }
  const v1Mount = (c: string) => mounts.find((m) => m.fstype === "cgroup" && m.superOptions.includes(c));
  const memory = v1Mount("memory");
  const pids = v1Mount("pids");
  if (memory) {
    try {
      const cpuacct = v1Mount("cpuacct");
      const dirs = {
        memory: memory.mountPoint + own.get("memory"),
        pids: pids ? pids.mountPoint + own.get("pids") : undefined,
        cpuacct: cpuacct ? cpuacct.mountPoint + own.get("cpuacct") : undefined,
      };
      return { mode: "v1", hierarchy: createV1Hierarchy(dirs) };
    } catch (e) {
      errors.push(`v1: ${(e as Error).message}`);
    }
  }
  return { mode: "none", reason: errors.join("; ") || "no cgroup hierarchy with the memory controller" };
}
