/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./orgs-routes.ts, under the same names. */
import { OrgSettingsSchema, UpdateOrgSettingsSchema } from "./accounts";
import { type Bodies, bodies } from "./bodies";
import {
  AcceptOrgInviteResponseSchema, AcceptOrgInviteSchema, OrgInvitePreviewSchema, AccountExportSchema, AddRoomInterviewerResponseSchema, AddRoomInterviewerSchema,
  CreateOrgInviteResponseSchema, CreateOrgInviteSchema, DeleteAccountResponseSchema, DeleteMemberDataResponseSchema, MemberResponseSchema,
  OrgAuditResponseSchema, OrgInvitesResponseSchema, OrgResponseSchema, RemoveMemberResponseSchema, ResetSignInResponseSchema,
  RevokeOrgInviteResponseSchema, SetMemberRoleSchema,
} from "./orgs";
import type { ORG_ROUTES } from "./orgs-routes";

export const ORG_ROUTE_BODIES = {
  org: bodies(null, OrgResponseSchema),
  orgInvites: bodies(null, OrgInvitesResponseSchema),
  createOrgInvite: bodies(CreateOrgInviteSchema, CreateOrgInviteResponseSchema),
  revokeOrgInvite: bodies(null, RevokeOrgInviteResponseSchema),
  acceptOrgInvite: bodies(AcceptOrgInviteSchema, AcceptOrgInviteResponseSchema),
  previewOrgInvite: bodies(AcceptOrgInviteSchema, OrgInvitePreviewSchema),
  setMemberRole: bodies(SetMemberRoleSchema, MemberResponseSchema),
  removeMember: bodies(null, RemoveMemberResponseSchema),
  resetMemberSignIn: bodies(null, ResetSignInResponseSchema),
  deleteMemberData: bodies(null, DeleteMemberDataResponseSchema),
  orgSettings: bodies(null, OrgSettingsSchema),
  updateOrgSettings: bodies(UpdateOrgSettingsSchema, OrgSettingsSchema),
  orgAudit: bodies(null, OrgAuditResponseSchema),
  addRoomInterviewer: bodies(AddRoomInterviewerSchema, AddRoomInterviewerResponseSchema),
  exportMyData: bodies(null, AccountExportSchema),
  deleteMyAccount: bodies(null, DeleteAccountResponseSchema),
} as const satisfies Record<keyof typeof ORG_ROUTES, Bodies>;
