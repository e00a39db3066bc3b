/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./record-export-routes.ts, under the same names. */
import { type Bodies, bodies } from "./bodies";
import { RecordExportSchema, RecordKeySetSchema } from "./record-export";
import type { RECORD_EXPORT_ROUTES } from "./record-export-routes";

export const RECORD_EXPORT_ROUTE_BODIES = {
  /** The JSON export; `?format=html` answers the same record inside a text/html page. */
  recordExport: bodies(null, RecordExportSchema),
  recordKey: bodies(null, RecordKeySetSchema),
} as const satisfies Record<keyof typeof RECORD_EXPORT_ROUTES, Bodies>;
