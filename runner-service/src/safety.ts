/**
 * What makes this runner less safe than it should be. main.ts refuses to start in production
 * when the list is not empty; in development it prints each line loudly at start-up, and
 * /healthz carries them, so a developer's laptop works but never silently.
 */
export interface SafetyFacts {
  /** The runner's own uid, and the uid its sandboxes have on the host. */
  uids: { service: number; sandbox: number };
  /** Why there is no seccomp filter (null: runs are filtered). */
  seccompProblem: string | null;
  secretSource: "file" | "env" | null;
}

export function safetyWarnings(f: SafetyFacts): string[] {
  const warnings: string[] = [];
  if (f.uids.sandbox === f.uids.service) {
    warnings.push(
      `sandboxes run under the service's own uid ${f.uids.service} on the host: a program that escapes its namespaces ` +
        "can signal and ptrace the runner and read its files; start the runner as root (sandboxes then run as nobody)",
    );
  }
  if (f.seccompProblem) warnings.push(`runs have no seccomp filter: ${f.seccompProblem}`);
  if (f.secretSource === "env") {
    warnings.push("the runner secret came from RUNNER_SECRET in the environment (readable in /proc/<pid>/environ): pass RUNNER_SECRET_FILE instead");
  }
  return warnings;
}
