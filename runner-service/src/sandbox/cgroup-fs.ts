/** Small file helpers shared by the v1 and v2 cgroup drivers. */
import { existsSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";

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
