/**
 * cgroup v1 driver: one group per run in each of the memory, pids (and cpuacct) hierarchies,
 * under a `duet-runner` parent inside the service's own groups.
 */
import { existsSync, mkdirSync, rmdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { CgroupHierarchy, CgroupLimits, RunCgroup } from "./cgroup.js";
import { killPids, pidsIn, read, readKey, readNumber, removeWhenEmpty, write, writeIfExists } from "./cgroup-fs.js";

export interface V1Dirs {
  memory: string;
  pids: string;
  cpuacct?: string;
}

export function createV1Hierarchy(own: V1Dirs): CgroupHierarchy {
  const parents: V1Dirs = {
    memory: `${own.memory}/duet-runner`,
    pids: `${own.pids}/duet-runner`,
    cpuacct: own.cpuacct && `${own.cpuacct}/duet-runner`,
  };
  for (const dir of Object.values(parents)) if (dir) mkdirSync(dir, { recursive: true });
  // Probe now so a read-only or undelegated hierarchy is found at startup, not on the first run.
  const probe = `${parents.memory}/probe-${process.pid}`;
  mkdirSync(probe, { recursive: true });
  try {
    write(`${probe}/memory.limit_in_bytes`, String(64 * 1024 * 1024));
    if (!existsSync(`${probe}/memory.oom_control`)) throw new Error("memory.oom_control missing");
  } finally {
    rmdirSync(probe);
  }
  return { mode: "v1", create: (name, limits) => createGroup(parents, name, limits) };
}

function createGroup(parents: V1Dirs, name: string, limits: CgroupLimits): RunCgroup {
  const mem = `${parents.memory}/${name}`;
  const pids = `${parents.pids}/${name}`;
  const cpu = parents.cpuacct && `${parents.cpuacct}/${name}`;
  const dirs = [mem, pids, ...(cpu ? [cpu] : [])];
  for (const d of dirs) mkdirSync(d);
  // memsw may only be set at or above limit_in_bytes; both equal means swap 0.
  write(`${mem}/memory.limit_in_bytes`, String(limits.memoryBytes));
  writeIfExists(`${mem}/memory.memsw.limit_in_bytes`, String(limits.memoryBytes));
  writeIfExists(`${mem}/memory.swappiness`, "0");
  write(`${pids}/pids.max`, String(limits.pids));
  const killAll = () => killPids([...new Set(dirs.flatMap(pidsIn))]);
  return {
    async attach(pid) {
      await Promise.all(dirs.map((d) => writeFile(`${d}/cgroup.procs`, String(pid))));
    },
    stats() {
      // oom_kill (kernel ≥ 4.13) counts kills; older kernels only have failcnt, which also
      // rises on reclaim, so it counts as an OOM only together with a SIGKILL (see classify).
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
    destroy: () => removeWhenEmpty(dirs, killAll),
  };
}
