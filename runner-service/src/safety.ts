/**
 * What makes this runner less safe than it should be. main.ts refuses to start in production
 * when the list is not empty; in development it prints each line loudly at start-up, and
 * /healthz carries them, so a developer's laptop works but never silently.
 */
import { readFileSync } from "node:fs";

export interface SafetyFacts {
  /** The runner's own uid, and the uid its sandboxes have on the host. */
  uids: { service: number; sandbox: number };
  /** Why there is no seccomp filter (null: runs are filtered). */
  seccompProblem: string | null;
  secretSource: "file" | "env" | null;
  /** The service is root in the host's initial user namespace, and RUNNER_HOST_ISOLATION does not say the host is a VM of its own. */
  rootOnHost?: boolean;
}

/** The initial user namespace maps every uid onto itself; a container's or pod's maps a range. */
export function inInitialUserNamespace(uidMap: string): boolean {
  const lines = uidMap.trim().split("\n");
  return lines.length === 1 && lines[0].trim().split(/\s+/).join(" ") === "0 0 4294967295";
}

export function readOwnUidMap(): string {
  try {
    return readFileSync("/proc/self/uid_map", "utf8");
  } catch {
    return ""; // no /proc: not provably the initial namespace, and bwrap's own probe will fail loudly anyway
  }
}

export function safetyWarnings(f: SafetyFacts): string[] {
  const warnings: string[] = [];
  if (f.uids.sandbox === f.uids.service) {
    warnings.push(
      `sandboxes run under the service's own uid ${f.uids.service} on the host: a program that escapes its namespaces ` +
        "can signal and ptrace the runner and read its files; start the runner as root (sandboxes then run as nobody)",
    );
  }
  if (f.rootOnHost) {
    warnings.push(
      "the runner is root in the host's initial user namespace (/proc/self/uid_map is 0 0 4294967295): a sandbox escape would be " +
        "root on the host; run it in a user namespace (a pod with hostUsers: false, rootless Docker or Podman, userns-remap), " +
        "or set RUNNER_HOST_ISOLATION=vm where the host is a VM of its own (Cloudflare Containers)",
    );
  }
  if (f.seccompProblem) warnings.push(`runs have no seccomp filter: ${f.seccompProblem}`);
  if (f.secretSource === "env") {
    warnings.push("the runner secret came from RUNNER_SECRET in the environment (readable in /proc/<pid>/environ): pass RUNNER_SECRET_FILE instead");
  }
  return warnings;
}
