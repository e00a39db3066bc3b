/** Small file helpers shared by the v1 and v2 cgroup drivers. */
import { existsSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";

export function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

export function readNumber(path: string): number {
  const n = Number(read(path).trim());
  return Number.isFinite(n) ? n : 0;
}

/** `key value` lines (memory.events, cpu.stat, memory.oom_control) → value of key. */
export function readKey(path: string, key: string): number {
  const line = read(path)
    .split("\n")
    .find((l) => l.startsWith(key + " "));
  return line ? Number(line.split(" ")[1]) || 0 : 0;
}

export function write(path: string, value: string): void {
  writeFileSync(path, value);
}

export function writeIfExists(path: string, value: string): void {
  if (existsSync(path)) writeFileSync(path, value);
}

export function pidsIn(dir: string): number[] {
  return read(`${dir}/cgroup.procs`).split("\n").filter(Boolean).map(Number);
}

export function killPids(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/**
 * rmdir fails with EBUSY until the kernel has reaped every member; the sandbox is already
 * dead by now, so this only waits a few milliseconds in practice.
 */
export async function removeWhenEmpty(dirs: string[], kill: () => void): Promise<void> {
  for (const dir of dirs) {
    for (let attempt = 0; ; attempt++) {
      try {
        rmdirSync(dir);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT") break;
        if (attempt >= 50) throw e;
        kill();
        await new Promise((r) => setTimeout(r, 10 * Math.min(attempt + 1, 10)));
      }
    }
  }
}

/**
 * Each runner process gets its own parent group `p<pid>` under `duet-runner`, so runners sharing
 * a host (or a test suite's parallel files) never touch each other's groups, and groups left by
 * a runner that died (killed before its async removals ran) can be told apart and reaped.
 */
export function instanceName(): string {
  return `p${process.pid}`;
}

export function reapStale(runnerDir: string): void {
  for (const name of subdirs(runnerDir)) {
    const pid = /^p(\d+)$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    for (const child of subdirs(`${runnerDir}/${name}`)) tryRmdir(`${runnerDir}/${name}/${child}`);
    tryRmdir(`${runnerDir}/${name}`);
  }
}

/** On exit, remove this process's run groups that are already empty (their async removal may still be queued). */
export function removeOnExit(dirs: () => string[]): void {
  process.once("exit", () => {
    for (const d of dirs()) tryRmdir(d);
  });
}

function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

function tryRmdir(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty (still running) or already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
