/** Saving what an organisation's admins set; reading them merged with the defaults is `orgSettings` (./orgs.ts). */
import type { z } from "zod";
import type { UpdateOrgSettingsSchema } from "../contracts/accounts";
import type { Db } from "./db";
import { orgSettings } from "./schema";

/** Writes only the fields given: a field left out keeps its value (or its default). */
export async function saveOrgSettings(d: Db, orgId: string, changes: z.infer<typeof UpdateOrgSettingsSchema>, now = Date.now()): Promise<void> {
  await d
    .insert(orgSettings)
    .values({ organizationId: orgId, ...changes, updatedAt: now })
    .onConflictDoUpdate({ target: orgSettings.organizationId, set: { ...changes, updatedAt: now } });
}
