/**
 * The descriptors and memory of each process a server runs, named by what it does, and what a
 * socket and a room cost each of them: the figures the bench sizes itself by.
 */
import { readFileSync } from "node:fs";
import { listeningPorts, treeRss } from "../collab/procfs";
import type { Server } from "../collab/servers";
import { treeFds, type FdCount } from "./fds";

export interface Census {
  /** Per process of the server's tree that holds more than a handful of descriptors, by role. */
  processes: Array<FdCount & { role: string; rss: number }>;
  treeRss: number;
}

/** Ports in a server's WebSocket URLs. */
export const portOf = (url: string) => Number(new URL(url).port);

/**
 * `roles`: listening port → role, for the processes listening on it (the proxy workerd on the
 * public port, the runtime workerd on its own); other processes are named by their command.
 */
export function census(server: Server, roles: Map<number, string>): Census {
  const processes = treeFds(server.pid)
    .filter((c) => c.total > 8)
    .map((c) => {
      const port = listeningPorts(c.pid, c.name).find((p) => roles.has(p));
      return { ...c, role: port === undefined ? roleByCommand(c.pid, c.name) : roles.get(port)!, rss: processRss(c.pid) };
    });
  return { processes, treeRss: treeRss(server.pid) };
}

/** The bench process itself: it holds the client end of every socket. */
export function selfCensus(): Census {
  const [self] = treeFds(process.pid).filter((c) => c.pid === process.pid);
  return { processes: [{ ...self, role: "bench (clients)", rss: processRss(process.pid) }], treeRss: processRss(process.pid) };
}

function roleByCommand(pid: number, name: string): string {
  const cmd = readOr(`/proc/${pid}/cmdline`).replace(/\0/g, " ");
  if (/wrangler-dist\/cli\.js/.test(cmd)) return "wrangler (node)";
  if (/node-server\.cjs/.test(cmd)) return "y-websocket (node)";
  return name;
}

function processRss(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`));
  return m ? Number(m[1]) * 1024 : 0;
}

/** Descriptors a role gained between two censuses, per unit (socket or room). */
export function gained(before: Census, after: Census, role: string, per: number, kind: "total" | "sockets" | "files" = "total"): number {
  const of = (c: Census) => c.processes.find((p) => p.role === role)?.[kind] ?? 0;
  return (of(after) - of(before)) / per;
}

function readOr(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
