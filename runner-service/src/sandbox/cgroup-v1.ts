/**
 * cgroup v1 driver: one group per run in each of the memory (and pids, cpuacct) hierarchies,
 * under `duet-runner/p<pid>` inside the service's own groups. Without a pids hierarchy
 * RLIMIT_NPROC caps a run's processes instead.
 */
import { existsSync, mkdirSync, rmdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { CgroupHierarchy, CgroupLimits, RunCgroup } from "./cgroup.js";
import { instanceName, killPids, pidsIn, read, readKey, readNumber, reapStale, removeOnExit, removeWhenEmpty, write, writeIfExists } from "./cgroup-fs.js";

export interface V1Dirs {
  memory: string;
  pids?: string;
  cpuacct?: string;
}

export function createV1Hierarchy(own: V1Dirs): CgroupHierarchy {
  const at = (dir: string) => `${dir}/duet-runner/${instanceName()}`;
  const parents: V1Dirs = { memory: at(own.memory), pids: own.pids && at(own.pids), cpuacct: own.cpuacct && at(own.cpuacct) };
  for (const dir of Object.values(own)) if (dir) reapStale(`${dir}/duet-runner`);
  for (const dir of Object.values(parents)) if (dir) mkdirSync(dir, { recursive: true });
  // Probe now so a read-only or undelegated hierarchy is found at startup, not on the first run.
  const probe = `${parents.memory}/probe`;
  mkdirSync(probe, { recursive: true });
  try {
    write(`${probe}/memory.limit_in_bytes`, String(64 * 1024 * 1024));
    if (!existsSync(`${probe}/memory.oom_control`)) throw new Error("memory.oom_control missing");
  } finally {
    rmdirSync(probe);
  }
  const live = new Set<string>();
  removeOnExit(() => [...live, ...Object.values(parents).filter((d): d is string => Boolean(d))]);
  return { mode: "v1", pids: Boolean(parents.pids), create: (name, limits) => createGroup(parents, name, limits, live) };
}

function createGroup(parents: V1Dirs, name: string, limits: CgroupLimits, live: Set<string>): RunCgroup {
  const mem = `${parents.memory}/${name}`;
  const pids = parents.pids && `${parents.pids}/${name}`;
  const cpu = parents.cpuacct && `${parents.cpuacct}/${name}`;
  const dirs = [mem, ...(pids ? [pids] : []), ...(cpu ? [cpu] : [])];
  try {
    for (const d of dirs) mkdirSync(d);
    // memsw may only be set at or above limit_in_bytes; both equal means swap 0.
    write(`${mem}/memory.limit_in_bytes`, String(limits.memoryBytes));
    writeIfExists(`${mem}/memory.memsw.limit_in_bytes`, String(limits.memoryBytes));
    writeIfExists(`${mem}/memory.swappiness`, "0");
    if (pids) write(`${pids}/pids.max`, String(limits.pids));
  } catch (e) {
    for (const d of dirs) if (existsSync(d)) rmdirSync(d);
    throw e;
  }
  for (const d of dirs) live.add(d);
  const killAll = () => killPids([...new Set(dirs.flatMap(pidsIn))]);
  return {
    async attach(pid) {
      await Promise.all(dirs.map((d) => writeFile(`${d}/cgroup.procs`, String(pid))));
    },
    stats() {
      // oom_kill (kernel ≥ 4.13) counts kills; older kernels only have failcnt, a weaker hint
      // (it also rises on reclaim), which classify only trusts when the program failed.
      const hasOomKill = read(`${mem}/memory.oom_control`).includes("oom_kill ");
      const oomKills = hasOomKill
        ? readKey(`${mem}/memory.oom_control`, "oom_kill")
        : Math.min(1, readNumber(`${mem}/memory.failcnt`));
      return {
        cpuUs: cpu ? readNumber(`${cpu}/cpuacct.usage`) / 1000 : 0,
        memoryPeakKb: Math.round(readNumber(`${mem}/memory.max_usage_in_bytes`) / 1024),
        oomKills,
      };
    },
    killAll,
    destroy: () => removeWhenEmpty(dirs, killAll).then(() => dirs.forEach((d) => live.delete(d))),
  };
}
