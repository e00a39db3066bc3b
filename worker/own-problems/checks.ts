/** Starts the background checks of a new version (durable-objects/problem-checks/): the version stays "checking" until they end. */
export async function startChecks(env: Env, ref: string, owner: { orgId: string | null; userId: string }): Promise<void> {
  // A tenant of their own, not the organisation's: the runner shares its places fairly between
  // tenants, so a burst of checks waits its turn beside the organisation's live interviews instead
  // of taking their places.
  const tenant = `checks:${owner.orgId ? `org:${owner.orgId}` : `user:${owner.userId}`}`;
  await env.PROBLEM_CHECKS.get(env.PROBLEM_CHECKS.idFromName(ref)).check(ref, tenant);
}
