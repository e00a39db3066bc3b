/**
 * What /proc says about a server's process tree: resident memory, CPU time, listening ports.
 * Linux only, like the rest of the bench.
 */
import { readFileSync, readdirSync, readlinkSync } from "node:fs";

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat (100 on every mainstream Linux build). */
const TICKS_PER_S = 100;

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (!fields) continue;
    const ppid = Number(fields[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const out: number[] = [];
  const todo = [pid];
  for (let p = todo.pop(); p !== undefined; p = todo.pop()) {
    out.push(p);
    todo.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Resident set size of the tree, in bytes. */
export function treeRss(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + rss(p), 0);
}

/** CPU time (user + system) used so far by the tree's live processes, in ms. */
export function treeCpuMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    const f = statFields(p);
    return f ? sum + ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_S : sum;
  }, 0);
}

/** TCP ports the tree's processes named `comm` listen on (from /proc/net/tcp and their fds). */
export function listeningPorts(pid: number, comm: string): number[] {
  const inodes = new Set<string>();
  for (const p of processTree(pid)) {
    if (readOr(`/proc/${p}/comm`).trim() !== comm) continue;
    try {
      for (const fd of readdirSync(`/proc/${p}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(safeReadlink(`/proc/${p}/fd/${fd}`));
        if (m) inodes.add(m[1]);
      }
    } catch {
      // exited meanwhile
    }
  }
  const ports: number[] = [];
  for (const line of readOr("/proc/net/tcp").split("\n").slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10 || cols[3] !== "0A" || !inodes.has(cols[9])) continue; // 0A = LISTEN
    ports.push(parseInt(cols[1].split(":")[1], 16));
  }
  return ports;
}

/** Fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime. */
function statFields(pid: number): string[] | undefined {
  const stat = readOr(`/proc/${pid}/stat`);
  return stat ? stat.slice(stat.lastIndexOf(")") + 2).split(" ") : undefined;
}

function rss(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`));
  return m ? Number(m[1]) * 1024 : 0;
}

function readOr(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
}
