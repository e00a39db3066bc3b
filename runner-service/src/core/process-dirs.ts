/**
 * Folders one runner process writes under a data folder that several may share (the problem
 * checks and the tests start their own runners beside the product's): each process's are named
 * by its pid, and what a process leaves behind is removed when the next runner starts, but never
 * what a live process is using.
 */
import { chmodSync, lstatSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/** `<prefix><pid>…` entries under `dir` that belong to no live process other than this one, removed; also entries not named so (an older layout's). */
export function removeLeftovers(dir: string, prefix: string, ownPid = process.pid): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)(?:-|$)/.exec(name.slice(prefix.length))?.[1] ?? Number.NaN);
    // This process's pid on an entry is a previous life of it (a container's runner is often pid 1).
    if (Number.isInteger(pid) && pid !== ownPid && alive(pid)) continue;
    removeTree(join(dir, name));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by another user
  }
}

/** rm -rf that also works on dirs a sandbox made read-only (chmod them back first, never following links). */
export function removeTree(path: string): void {
  try {
    const st = lstatSync(path);
    if (st.isDirectory()) {
      chmodSync(path, 0o755);
      for (const name of readdirSync(path)) removeTree(join(path, name));
    }
    rmSync(path, { recursive: true, force: true });
  } catch {
    // already gone
  }
}
