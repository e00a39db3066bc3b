/** Starts the background checks of a new version (durable-objects/problem-checks/): the version stays "checking" until they end. */
export async function startChecks(env: Env, ref: string, owner: { orgId: string | null; userId: string }): Promise<void> {
  // The runner shares its places between tenants: an organisation's checks use the organisation's share, as its rooms do.
  const tenant = owner.orgId ? `org:${owner.orgId}` : `user:${owner.userId}`;
  await env.PROBLEM_CHECKS.get(env.PROBLEM_CHECKS.idFromName(ref)).check(ref, tenant);
}
