/**
 * Organisation roles and what each may do, without zod: the web app's landing page reads this
 * table (which organisations a person can start interviews in) without building any schema.
 * contracts/accounts.ts re-exports it beside the schemas.
 */

export const ORG_ROLES = ["interviewer", "reviewer", "admin"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/**
 * What each organisation role may do, in one table the Worker checks and the UI reads:
 * interviewers run interviews and see their own; reviewers and admins see all of the
 * organisation's interviews with their records and submitted scorecards; admins manage members,
 * settings, API keys and webhooks, and read the audit log. Every member uses the shared problems.
 */
export const ORG_CAPABILITIES = {
  runInterviews: ["interviewer", "admin"],
  seeAllInterviews: ["reviewer", "admin"],
  useProblems: ["interviewer", "reviewer", "admin"],
  manageOrganisation: ["admin"],
} as const satisfies Record<string, readonly OrgRole[]>;
export type OrgCapability = keyof typeof ORG_CAPABILITIES;

export function can(role: OrgRole, capability: OrgCapability): boolean {
  return (ORG_CAPABILITIES[capability] as readonly OrgRole[]).includes(role);
}
