/** Routes of the table (contracts/routes.ts) for exporting a record and checking an export (worker/routes/record-export.ts). No zod here. */
import type { Route } from "./routes";

export const RECORD_EXPORT_ROUTES = {} as const satisfies Record<string, Route>;
