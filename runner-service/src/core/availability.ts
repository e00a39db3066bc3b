/**
 * Which languages this runner offers, and why not the others. A toolchain must be installed; and
 * a runtime that reserves its address space up front (the JVM, Go, V8: `addressSpaceLimitOk:
 * false` in contracts/languages.ts) has no hard memory limit without a cgroup — RLIMIT_AS would
 * break it, so nothing would stop it taking the host's memory. Production offers those only with
 * cgroups; development runs them anyway and says so at start-up.
 */
import { LANGUAGES, type Language, type LanguageId } from "../../../contracts/languages.js";
import type { Cgroups } from "../sandbox/cgroup.js";
import { missingToolchain, type Host } from "../sandbox/host.js";

export const NO_MEMORY_LIMIT = "no memory limit without cgroups";

export interface Availability {
  available: boolean;
  /** Why not (null when available). */
  reason: string | null;
}

export function needsCgroupForMemory(lang: Language, cgroups: Cgroups): boolean {
  return !cgroups.hierarchy && !lang.addressSpaceLimitOk;
}

export function languageAvailability(host: Host, cgroups: Cgroups, production: boolean): Map<LanguageId, Availability> {
  return new Map(
    LANGUAGES.map((lang) => {
      const reason = missingToolchain(lang, host) ?? (production && needsCgroupForMemory(lang, cgroups) ? NO_MEMORY_LIMIT : null);
      return [lang.id, { available: reason === null, reason }];
    }),
  );
}
