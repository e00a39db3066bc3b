/**
 * Workers Analytics Engine: the data points the Room writes to the ANALYTICS binding (dataset
 * "duet_events", wrangler.toml), laid out here and only here. The operator's SQL queries over them
 * are in deploy/README.md ("Operator's view"); a column's meaning changes only with a new event name.
 *
 *   index1  the event: "run" | "socket_open" | "socket_close" (the sampling key: each event sampled on its own)
 *   run           blob1 "run"  blob2 language  blob3 status (finished|failed|cancelled)  blob4 mode (run|submit|review)
 *                 blob5 transport (url|pool|container)
 *                 double1 queue wait ms (asked → the runner started it; -1 when it never started)
 *                 double2 duration ms (started → ended; -1 when it never started)
 *   socket_open   blob1 "socket_open"  blob2 doc (code|state|private)  blob3 role
 *   socket_close  blob1 "socket_close" blob2 doc  blob3 role  double1 close code
 *
 * No personal data and no room ids in blobs: ids would only spread the index's cardinality, and the
 * logs (contracts/log.ts) carry them for the one room an operator looks into.
 */
export const ANALYTICS_DATASET = "duet_events";

export type AnalyticsEvent =
  | { event: "run"; language: string; status: "finished" | "failed" | "cancelled"; mode: "run" | "submit" | "review"; transport: string; queueWaitMs: number | null; durationMs: number | null }
  | { event: "socket_open"; doc: string; role: string }
  | { event: "socket_close"; doc: string; role: string; closeCode: number };

/** The binding's one method (AnalyticsEngineDataset), so a test can hand in a recorder. */
export interface AnalyticsSink {
  writeDataPoint(point: { indexes?: string[]; blobs?: string[]; doubles?: number[] }): void;
}

export interface DataPoint {
  indexes: [string];
  blobs: string[];
  doubles: number[];
}

/** The layout above, as values. */
export function dataPoint(e: AnalyticsEvent): DataPoint {
  switch (e.event) {
    case "run":
      return { indexes: [e.event], blobs: [e.event, e.language, e.status, e.mode, e.transport], doubles: [e.queueWaitMs ?? -1, e.durationMs ?? -1] };
    case "socket_open":
      return { indexes: [e.event], blobs: [e.event, e.doc, e.role], doubles: [] };
    case "socket_close":
      return { indexes: [e.event], blobs: [e.event, e.doc, e.role], doubles: [e.closeCode] };
  }
}

/** Writes one point; analytics never fails what it measures (no binding: nothing written). */
export function writeAnalytics(sink: AnalyticsSink | undefined, e: AnalyticsEvent): void {
  try {
    sink?.writeDataPoint(dataPoint(e));
  } catch {
    // The platform drops points past its per-invocation limit rather than throwing; anything else is not the caller's problem either.
  }
}
