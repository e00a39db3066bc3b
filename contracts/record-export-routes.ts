/** Routes of the table (contracts/routes.ts) for exporting a record and checking an export (worker/routes/record-export.ts). No zod here. */
import type { Route } from "./routes";

export const RECORD_EXPORT_ROUTES = {
  /** The record as one signed file (`?format=json`, the default, or `html`: a page that replays it offline), for those who may read the record. */
  recordExport: { method: "GET", path: "/api/rooms/:roomId/record/export" },
  /** The deployment's public keys that verify exports (the current one and those kept from before a rotation); public. */
  recordKey: { method: "GET", path: "/api/record-key" },
} as const satisfies Record<string, Route>;
