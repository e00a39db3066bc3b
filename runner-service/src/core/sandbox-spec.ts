/** From a language step and effective limits to the SandboxSpec that execute() runs. */
import type { Language, Step } from "../../../contracts/languages.js";
import type { Bind, SandboxSpec } from "../sandbox/bwrap-args.js";
import { expand } from "../sandbox/bwrap-args.js";
import { heapMb, type Limits } from "../limits.js";

export function stepSpec(lang: Language, step: Step, limits: Limits, binds: Bind[], withCgroup: boolean): SandboxSpec {
  const heap = heapMb(limits);
  const env = Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, expand([v], heap)[0]]));
  return {
    argv: expand(step.argv, heap),
    env,
    binds,
    limits,
    rlimitFallback: withCgroup ? null : { addressSpace: lang.addressSpaceLimitOk },
  };
}

/** Read-only binds of a dir's listed files into /box (the names were vetted by the contract or the cache). */
export function boxBinds(dir: string, names: string[]): Bind[] {
  return names.map((n) => ({ src: `${dir}/${n}`, dest: `/box/${n}` }));
}
