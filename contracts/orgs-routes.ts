/** Routes of the table (contracts/routes.ts) for organisations: members, invite links, settings, audit log, account data (worker/routes/orgs.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

const org = "/api/orgs/:orgId";
const member = `${org}/members/:userId`;

export const ORG_ROUTES = {
  /** The organisation, the caller's role in it and its members: for members only. */
  org: { method: "GET", path: org },
  /** Invite links, for admins: a link admits one person with its role, until it expires or is revoked. */
  orgInvites: { method: "GET", path: `${org}/invites` },
  createOrgInvite: { method: "POST", path: `${org}/invites` },
  revokeOrgInvite: { method: "POST", path: `${org}/invites/:inviteId/revoke` },
  /** A signed-in account joins with the code from an invite link's fragment. */
  acceptOrgInvite: { method: "POST", path: "/api/org-invites/accept" },
  /** Who invites, and as what: the invite page shows it before the holder signs in or accepts. */
  previewOrgInvite: { method: "POST", path: "/api/org-invites/preview" },
  setMemberRole: { method: "POST", path: `${member}/role` },
  /** By an admin, or by the member themself leaving. */
  removeMember: { method: "POST", path: `${member}/remove` },
  /** Recovery without e-mail: the member's passkeys and sessions go, and the admin gets a one-time link for them. */
  resetMemberSignIn: { method: "POST", path: `${member}/reset-sign-in` },
  /** Removes the member, and deletes their account when no other organisation has them. */
  deleteMemberData: { method: "POST", path: `${member}/delete-data` },
  orgSettings: { method: "GET", path: `${org}/settings` },
  updateOrgSettings: { method: "POST", path: `${org}/settings` },
  /** Newest first, a page at a time (`?before=`), for admins. */
  orgAudit: { method: "GET", path: `${org}/audit` },
  /** Another interviewer of the room's organisation enters the room as interviewer without a link. */
  addRoomInterviewer: { method: "POST", path: "/api/rooms/:roomId/interviewers" },
  /** Everything Duet holds about the signed-in account, as JSON. */
  exportMyData: { method: "GET", path: "/api/me/export" },
  deleteMyAccount: { method: "POST", path: "/api/me/delete" },
} as const satisfies Record<string, Route>;
