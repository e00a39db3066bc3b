/**
 * Exporting a room's record (issue 14) and the key set that verifies exports.
 * `GET …/record/export?format=json|html`: whoever may read the record (recordReader: the room's
 * interviewers, the organisation's reviewers and admins, spectators when granted; candidates never)
 * downloads it as one signed file, JSON or a self-contained HTML page that replays it offline.
 * `GET /api/record-key`: public, the keys `npm run verify-record --key` checks exports against.
 */
import { Hono } from "hono";
import { RecordExportQuerySchema } from "../../contracts/record-export";
import type { ResponseBody } from "../../contracts/route-bodies";
import type { Scorecard } from "../../contracts/scorecards";
import { ROUTES } from "../../contracts/routes";
import { db } from "../../data/db";
import { cardsOf } from "../../data/scorecards";
import type { AppEnv } from "../app-env";
import { type RecordReaderInfo, recordReader } from "../middleware/record-reader";
import { queryOf } from "../query";
import { recordHtml, recordHtmlCsp } from "../record/export-html";
import { exportRecord } from "../record/export-record";
import { recordKeys } from "../record/signing-key";
import { sealEvents, sealedFor } from "../scorecard-seal";

/** Submitted cards as the scorecard route shows them (worker/routes/scorecards.ts): none to a spectator, none to an interviewer who has not submitted their own. */
async function exportableCards(env: Env, reader: RecordReaderInfo): Promise<Scorecard[]> {
  if (reader.access === "spectator") return [];
  const cards = await cardsOf(db(env.DB), reader.room.id);
  if (reader.access === "interviewer" && cards.find((c) => c.userId === reader.userId)?.submittedAt == null) return [];
  return cards.filter((c) => c.submittedAt !== null);
}

/** `duet-record-<room id>-<UTC date>.<ext>`: only characters every file system and header takes. */
function filename(roomId: string, at: number, ext: string): string {
  return `duet-record-${roomId.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64)}-${new Date(at).toISOString().slice(0, 10)}.${ext}`;
}

export const recordExport = new Hono<AppEnv>()
  .on(ROUTES.recordKey.method, ROUTES.recordKey.path, async (c) => {
    const { keys } = await recordKeys(c.env);
    c.header("Cache-Control", "public, max-age=300");
    return c.json({ keys } satisfies ResponseBody<"recordKey">);
  })

  .on(ROUTES.recordExport.method, ROUTES.recordExport.path, recordReader(), async (c) => {
    const { format } = queryOf(c, RecordExportQuerySchema);
    const reader = c.get("reader");
    const view = reader.access === "spectator" ? "spectator" : "interviewer";
    const sealed = await sealedFor(db(c.env.DB), reader);
    const record = await exportRecord(c.env, { room: reader.room, view, scorecards: await exportableCards(c.env, reader), seal: (events) => sealEvents(events, reader, sealed) });
    const html = format === "html";
    c.header("Content-Disposition", `attachment; filename="${filename(reader.room.id, record.exportedAt, html ? "html" : "json")}"`);
    c.header("Cache-Control", "no-store");
    c.header("X-Content-Type-Options", "nosniff");
    if (html) {
      // Should a browser show it rather than save it: an opaque origin of its own, under the page's own policy.
      c.header("Content-Security-Policy", `sandbox allow-scripts; ${await recordHtmlCsp()}`);
      return c.html(await recordHtml(record));
    }
    return c.json(record satisfies ResponseBody<"recordExport">);
  });
