/**
 * Open file descriptors of a server's processes, by kind, from /proc: what 5,000 sockets cost
 * each process against its RLIMIT_NOFILE (the machine allows 20,000 a process).
 */
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { processTree } from "../collab/procfs";

export interface FdCount {
  pid: number;
  /** `comm` of the process: node, workerd… */
  name: string;
  sockets: number;
  /** Regular files (SQLite databases and their journals, the bundle…). */
  files: number;
  /** Pipes, eventfds, epoll, timerfds, anything else. */
  other: number;
  total: number;
  /** Soft RLIMIT_NOFILE, from /proc/<pid>/limits. */
  limit: number;
}

/** Every live process of the tree rooted at `pid` (`pid` itself for a lone process). */
export function treeFds(pid: number): FdCount[] {
  return processTree(pid).map(processFds).filter((c): c is FdCount => c !== undefined);
}

export function processFds(pid: number): FdCount | undefined {
  let entries: string[];
  try {
    entries = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return undefined; // exited meanwhile
  }
  const count: FdCount = { pid, name: readOr(`/proc/${pid}/comm`).trim(), sockets: 0, files: 0, other: 0, total: entries.length, limit: softLimit(pid) };
  for (const fd of entries) {
    let target = "";
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue;
    }
    if (target.startsWith("socket:")) count.sockets++;
    else if (target.startsWith("/")) count.files++;
    else count.other++;
  }
  return count;
}

function softLimit(pid: number): number {
  const m = /^Max open files\s+(\d+|unlimited)/m.exec(readOr(`/proc/${pid}/limits`));
  return !m ? NaN : m[1] === "unlimited" ? Infinity : Number(m[1]);
}

function readOr(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
