/** From a language step and effective limits to the SandboxSpec that execute() runs. */
import type { Language, Step } from "../../../contracts/languages.js";
import type { Bind, SandboxSpec } from "../sandbox/bwrap-args.js";
import { expand } from "../sandbox/bwrap-args.js";
import { heapMb, type Limits } from "../limits.js";

/** Which limits this host's cgroups hold (memory: a cgroup at all; pids: its pids controller). */
export interface CgroupCover {
  memory: boolean;
  pids: boolean;
}

export function stepSpec(lang: Language, step: Step, limits: Limits, binds: Bind[], cover: CgroupCover): SandboxSpec {
  const heap = heapMb(limits);
  const env: Record<string, string> = Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, expand([v], heap)[0]]));
  const rlimitFallback = cover.memory && cover.pids ? null : { nproc: !cover.pids, addressSpace: !cover.memory && lang.addressSpaceLimitOk };
  // glibc reserves 64 MiB of address space per malloc arena, one arena per thread up to 8 per
  // core: under RLIMIT_AS a threaded program (rustc's codegen: 1 compile in 3 at 512 MiB) fails
  // to start threads it has the memory for. Two arenas hold what the programs here need.
  if (rlimitFallback?.addressSpace) env.MALLOC_ARENA_MAX ??= "2";
  return { argv: expand(step.argv, heap), env, binds, limits, rlimitFallback };
}

/** Read-only binds of a dir's listed files into /box (the names were vetted by the contract or the cache). */
export function boxBinds(dir: string, names: string[]): Bind[] {
  return names.map((n) => ({ src: `${dir}/${n}`, dest: `/box/${n}` }));
}
