/**
 * How long a process tree's threads ran and how long they waited, runnable, for a core
 * (/proc/<pid>/task/<tid>/schedstat: ns on a CPU, ns on a run queue): on a machine shared with
 * other work, a server that waits for a core more than it runs is measuring the machine.
 */
import { readFileSync, readdirSync } from "node:fs";
import { processTree } from "../collab/procfs";

export interface SchedNs {
  run: number;
  wait: number;
}

export function treeSched(pid: number): SchedNs {
  const sum = { run: 0, wait: 0 };
  for (const p of processTree(pid)) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${p}/task`);
    } catch {
      continue; // exited meanwhile
    }
    for (const tid of tids) {
      try {
        const [run, wait] = readFileSync(`/proc/${p}/task/${tid}/schedstat`, "utf8").split(" ").map(Number);
        sum.run += run;
        sum.wait += wait;
      } catch {
        // thread exited meanwhile
      }
    }
  }
  return sum;
}
