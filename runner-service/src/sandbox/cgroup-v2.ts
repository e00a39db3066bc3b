/**
 * cgroup v2 driver. The "no internal processes" rule means controllers can only be enabled
 * for children of a group with no processes of its own, so when the service sits in the group
 * it was given (a container's root, a systemd delegated unit) it first moves itself — and
 * whatever shares that group — into a `service` leaf, as container inits do.
 */
import { existsSync, mkdirSync, rmdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { CgroupHierarchy, CgroupLimits, RunCgroup } from "./cgroup.js";
import { instanceName, killPids, pidsIn, read, readKey, readNumber, reapStale, removeOnExit, removeWhenEmpty, write, writeIfExists } from "./cgroup-fs.js";

export function createV2Hierarchy(mount: string, ownPath: string): CgroupHierarchy {
  const own = `${mount}${ownPath === "/" ? "" : ownPath}`;
  const available = read(`${own}/cgroup.controllers`).trim().split(/\s+/);
  if (!available.includes("memory")) throw new Error(`the memory controller is not delegated to ${own}`);
  // Without pids (a delegation of memory only), RLIMIT_NPROC caps a run's processes instead.
  const pids = available.includes("pids");
  const needed = pids ? ["memory", "pids"] : ["memory"];
  enableControllers(own, needed);
  const runnerDir = `${own}/duet-runner`;
  mkdirSync(runnerDir, { recursive: true });
  enableControllers(runnerDir, needed);
  reapStale(runnerDir);
  const parent = `${runnerDir}/${instanceName()}`;
  mkdirSync(parent, { recursive: true });
  enableControllers(parent, needed);
  const live = new Set<string>();
  removeOnExit(() => [...live, parent]);
  return { mode: "v2", pids, create: (name, limits) => createGroup(`${parent}/${name}`, limits, pids, live) };
}

function enableControllers(dir: string, needed: string[]): void {
  const enabled = read(`${dir}/cgroup.subtree_control`);
  if (needed.every((c) => enabled.includes(c))) return;
  try {
    write(`${dir}/cgroup.subtree_control`, needed.map((c) => `+${c}`).join(" "));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EBUSY") throw e;
    const leaf = `${dir}/service`;
    mkdirSync(leaf, { recursive: true });
    for (const pid of pidsIn(dir)) {
      try {
        write(`${leaf}/cgroup.procs`, String(pid));
      } catch {
        // a process that exited meanwhile, or a kernel thread that cannot move
      }
    }
    write(`${dir}/cgroup.subtree_control`, needed.map((c) => `+${c}`).join(" "));
  }
}

function createGroup(dir: string, limits: CgroupLimits, pids: boolean, live: Set<string>): RunCgroup {
  mkdirSync(dir);
  try {
    write(`${dir}/memory.max`, String(limits.memoryBytes));
    writeIfExists(`${dir}/memory.swap.max`, "0");
    // Kill the whole group on OOM, not just the largest process, so a run fails as one.
    writeIfExists(`${dir}/memory.oom.group`, "1");
    if (pids) write(`${dir}/pids.max`, String(limits.pids));
  } catch (e) {
    rmdirSync(dir);
    throw e;
  }
  live.add(dir);
  let sampledPeak = 0;
  const hasPeak = existsSync(`${dir}/memory.peak`);
  const killAll = () => {
    try {
      write(`${dir}/cgroup.kill`, "1");
    } catch {
      killPids(pidsIn(dir)); // cgroup.kill needs kernel ≥ 5.14
    }
  };
  return {
    attach: (pid) => writeFile(`${dir}/cgroup.procs`, String(pid)),
    stats() {
      // memory.peak needs kernel ≥ 5.19; before that the runner's periodic sampling is all there is.
      sampledPeak = Math.max(sampledPeak, readNumber(`${dir}/memory.current`));
      const peak = hasPeak ? readNumber(`${dir}/memory.peak`) : sampledPeak;
      return {
        cpuUs: readKey(`${dir}/cpu.stat`, "usage_usec"),
        memoryPeakKb: Math.round(peak / 1024),
        oomKills: readKey(`${dir}/memory.events`, "oom_kill"),
      };
    },
    killAll,
    destroy: () => removeWhenEmpty([dir], killAll).then(() => void live.delete(dir)),
  };
}
