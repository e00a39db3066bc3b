/** Resident memory of each process of a server's tree, by role, and the size of its Durable Objects' SQLite files. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { listeningPorts, processTree } from "../collab/procfs";

export interface ProcMemory {
  pid: number;
  /** `runtime` (the workerd that runs the Worker and its objects), `dev proxy` (the workerd in front of it), `wrangler` (node), … */
  role: string;
  rss: number;
  /** Private memory (heap, malloc, V8): what grows with objects. */
  anon: number;
  /** Mapped files (the binary, SQLite's shared-memory index files). */
  file: number;
}

function status(pid: number): { comm: string; rss: number; anon: number; file: number } | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, "m").exec(s)?.[1] ?? 0) * 1024;
    return { comm: /^Name:\s+(.*)$/m.exec(s)?.[1] ?? "?", rss: kib("VmRSS"), anon: kib("RssAnon"), file: kib("RssFile") + kib("RssShmem") };
  } catch {
    return undefined;
  }
}

/**
 * Every process of the tree of `root`. With `publicPort` (wrangler dev's), the workerd listening
 * on it is the dev proxy and the other workerd the runtime.
 */
export function treeMemory(root: number, publicPort?: number): ProcMemory[] {
  const out: ProcMemory[] = [];
  for (const pid of processTree(root)) {
    const s = status(pid);
    if (!s) continue;
    let role = s.comm;
    if (s.comm === "workerd") role = publicPort !== undefined && listeningPorts(pid, "workerd").includes(publicPort) ? "dev proxy" : "runtime";
    else if (s.comm === "node" || s.comm === "MainThread") role = "node";
    out.push({ pid, role, rss: s.rss, anon: s.anon, file: s.file });
  }
  return out;
}

/** Sum of `pick` over the processes of `role` (all when undefined). */
export function sumOf(procs: ProcMemory[], pick: (p: ProcMemory) => number, role?: string): number {
  return procs.filter((p) => role === undefined || p.role === role).reduce((n, p) => n + pick(p), 0);
}

/** Bytes and count of the SQLite files (database, -wal, -shm) under `dir/v3/do/<script>-<class>/`. */
export function objectFiles(dir: string, classDir: RegExp): { objects: number; db: number; wal: number; shm: number } {
  const out = { objects: 0, db: 0, wal: 0, shm: 0 };
  const doDir = join(dir, "v3", "do");
  let classes: string[] = [];
  try {
    classes = readdirSync(doDir).filter((c) => classDir.test(c));
  } catch {
    return out;
  }
  for (const c of classes) {
    for (const f of readdirSync(join(doDir, c))) {
      const size = statSync(join(doDir, c, f)).size;
      if (f.endsWith(".sqlite")) (out.objects++, (out.db += size));
      else if (f.endsWith("-wal")) out.wal += size;
      else if (f.endsWith("-shm")) out.shm += size;
    }
  }
  return out;
}
