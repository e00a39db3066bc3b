/**
 * A bench's servers and temporary directories, released however it ends: done, failed (the
 * servers' output tails printed, exit code 1) or interrupted (SIGINT/SIGTERM, exit code 130).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "../collab/servers";

export class BenchResources {
  readonly #servers = new Set<Server>();
  readonly #cleanups: Array<() => void> = [];

  async server<S extends Server>(start: Promise<S>): Promise<S> {
    const s = await start;
    this.#servers.add(s);
    return s;
  }

  async stop(s: Server): Promise<void> {
    this.#servers.delete(s);
    await s.stop();
  }

  tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  onCleanup(f: () => void): void {
    this.#cleanups.push(f);
  }

  async release(): Promise<void> {
    const servers = [...this.#servers];
    this.#servers.clear();
    await Promise.allSettled(servers.map((s) => s.stop()));
    for (const f of this.#cleanups.splice(0)) f();
  }

  /** The tails of the running servers' output: why a bench failed is usually there. */
  outputs(): string {
    return [...this.#servers].map((s) => `--- ${s.name} output (tail) ---\n${s.output().slice(-4000)}`).join("\n");
  }
}

/** Runs `main` with its resources, releasing them on every way out. */
export function runBench(main: (res: BenchResources) => Promise<void>): void {
  const res = new BenchResources();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void res.release().then(() => process.exit(130)));
  main(res).then(
    () => res.release(),
    async (e: unknown) => {
      console.error(e);
      console.error(res.outputs());
      process.exitCode = 1;
      await res.release();
    },
  );
}
