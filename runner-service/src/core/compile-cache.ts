/**
 * Compile cache: a successful compile's artifacts, keyed by a hash of everything that decides
 * them (language, toolchain version, compile argv, every file), reused by later runs.
 *
 * Safe reuse: a compile writes only its own fresh /out dir; once it has finished (its whole
 * sandbox is dead) the runner keeps the regular top-level files and nothing else (no
 * symlinks, no dirs), renames the dir into place atomically and binds those files read-only
 * into later sandboxes. Identical compiles in flight at once are done once.
 */
import { createHash, randomUUID } from "node:crypto";
import { chmodSync, chownSync, lstatSync, mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../../contracts/languages.js";
import type { RunRequest } from "../../../contracts/runner.js";
import { removeLeftovers, removeTree } from "./process-dirs.js";

export interface Artifacts {
  dir: string;
  files: string[];
}

export class CompileCache {
  #used = new Map<string, number>(); // key → last use, for LRU eviction
  #inflight = new Map<string, Promise<Artifacts | null>>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly dir: string,
    private readonly maxEntries: number,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o711 });
    removeLeftovers(dir, "tmp-");
    for (const name of readdirSync(dir)) if (!name.startsWith("tmp-")) this.#used.set(name, statSync(join(dir, name)).mtimeMs);
  }

  static key(lang: Language, files: RunRequest["files"]): string {
    const h = createHash("sha256");
    h.update(JSON.stringify([lang.id, lang.version, lang.compile?.argv ?? [], lang.compile?.env ?? {}]));
    for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      h.update(`\0${f.name}\0${Buffer.byteLength(f.content)}\0`).update(f.content);
    }
    return h.digest("hex");
  }

  /** A fresh, writable out dir for a compile (owned by `owner` so the sandbox user can write it). */
  scratch(owner: { uid: number; gid: number } | null): string {
    const dir = join(this.dir, `tmp-${process.pid}-${randomUUID()}`);
    mkdirSync(dir, { mode: 0o755 });
    if (owner) chownSafe(dir, owner);
    return dir;
  }

  lookup(key: string): Artifacts | null {
    if (!this.#used.has(key)) return null;
    const dir = join(this.dir, key);
    try {
      const files = regularFiles(dir);
      this.#used.set(key, Date.now());
      return { dir, files };
    } catch {
      this.#used.delete(key); // removed behind our back (a tmp cleaner): compile again
      return null;
    }
  }

  /**
   * The cached artifacts for `key`, compiling with `compile` (which fills a scratch dir and
   * says whether it succeeded) when absent. `hit` tells the caller whether it compiled.
   */
  async getOrCompile(key: string, compile: () => Promise<string | null>): Promise<{ artifacts: Artifacts | null; hit: boolean }> {
    const cached = this.lookup(key);
    if (cached) {
      this.hits++;
      return { artifacts: cached, hit: true };
    }
    const pending = this.#inflight.get(key);
    if (pending && (await pending)) return { artifacts: this.lookup(key), hit: true };
    this.misses++;
    const p = compile().then((scratch) => (scratch ? this.#commit(key, scratch) : null));
    this.#inflight.set(key, p);
    try {
      return { artifacts: await p, hit: false };
    } finally {
      this.#inflight.delete(key);
    }
  }

  discard(scratch: string): void {
    removeTree(scratch);
  }

  #commit(key: string, scratch: string): Artifacts {
    const final = join(this.dir, key);
    for (const name of readdirSync(scratch)) {
      const p = join(scratch, name);
      const st = lstatSync(p);
      if (st.isFile()) chmodSync(p, st.mode & 0o111 ? 0o555 : 0o444);
      else removeTree(p); // symlinks, dirs, fifos: never bound, never followed
    }
    chmodSync(scratch, 0o555);
    try {
      renameSync(scratch, final);
    } catch {
      removeTree(scratch); // another runner process committed the same key first
    }
    this.#used.set(key, Date.now());
    this.#evict();
    return { dir: final, files: regularFiles(final) };
  }

  #evict(): void {
    if (this.#used.size <= this.maxEntries) return;
    const oldest = [...this.#used.entries()].sort((a, b) => a[1] - b[1]).slice(0, this.#used.size - this.maxEntries);
    for (const [key] of oldest) {
      this.#used.delete(key);
      removeTree(join(this.dir, key));
    }
  }
}

function regularFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => lstatSync(join(dir, n)).isFile());
}

function chownSafe(path: string, owner: { uid: number; gid: number }): void {
  try {
    chownSync(path, owner.uid, owner.gid);
  } catch {
    // best effort: without it the compile fails visibly (CE: cannot write /out)
  }
}
