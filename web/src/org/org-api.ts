/**
 * The organisation routes the /org page calls (contracts/orgs-routes.ts, api-keys-routes.ts,
 * webhooks-routes.ts), over the route table like `Api` in lib/api.ts. Only the audit log's paging
 * needs a query string, which the route table's paths don't carry.
 */
import type { RequestBody, ResponseBody } from "../../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { ApiError, api } from "../lib/api";

export type AuditPage = ResponseBody<"orgAudit">;
export type AuditCursor = NonNullable<AuditPage["next"]>;

export const OrgApi = {
  org: (orgId: string) => api("org", { orgId }),
  interviews: (orgId: string) => api("orgInterviews", { orgId }),
  invites: (orgId: string) => api("orgInvites", { orgId }),
  createInvite: (orgId: string, body: RequestBody<"createOrgInvite">) => api("createOrgInvite", { orgId }, { body }),
  revokeInvite: (orgId: string, inviteId: string) => api("revokeOrgInvite", { orgId, inviteId }),
  previewInvite: (invite: string) => api("previewOrgInvite", {}, { body: { invite } }),
  acceptInvite: (invite: string) => api("acceptOrgInvite", {}, { body: { invite } }),
  setRole: (orgId: string, userId: string, role: RequestBody<"setMemberRole">["role"]) => api("setMemberRole", { orgId, userId }, { body: { role } }),
  remove: (orgId: string, userId: string) => api("removeMember", { orgId, userId }),
  resetSignIn: (orgId: string, userId: string) => api("resetMemberSignIn", { orgId, userId }),
  settings: (orgId: string) => api("orgSettings", { orgId }),
  updateSettings: (orgId: string, body: RequestBody<"updateOrgSettings">) => api("updateOrgSettings", { orgId }, { body }),
  apiKeys: (orgId: string) => api("apiKeys", { orgId }),
  createApiKey: (orgId: string, body: RequestBody<"createApiKey">) => api("createApiKey", { orgId }, { body }),
  revokeApiKey: (orgId: string, keyId: string) => api("revokeApiKey", { orgId, keyId }),
  webhooks: (orgId: string) => api("webhooks", { orgId }),
  createWebhook: (orgId: string, body: RequestBody<"createWebhook">) => api("createWebhook", { orgId }, { body }),
  deleteWebhook: (orgId: string, endpointId: string) => api("deleteWebhook", { orgId, endpointId }),
  deliveries: (orgId: string) => api("webhookDeliveries", { orgId }),
  exportMyData: () => api("exportMyData", {}),
  deleteMyAccount: () => api("deleteMyAccount", {}),

  /** One page of the audit log, newest first; `from` is the previous page's `next`. */
  async audit(orgId: string, from: AuditCursor | null): Promise<AuditPage> {
    const query = from ? `?${new URLSearchParams({ before: String(from.before), beforeId: String(from.beforeId) })}` : "";
    let res: Response;
    try {
      res = await fetch(pathTo(ROUTES.orgAudit, { orgId }) + query);
    } catch {
      throw new ApiError(0, "network", "network");
    }
    const data = (await res.json().catch(() => null)) as (AuditPage & { error?: { code: string; message: string } }) | null;
    if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? "internal", data?.error?.message ?? `HTTP ${res.status}`);
    return data as AuditPage;
  },
};
