/**
 * The shape of a room's `state` doc: written only by the Room, read by every client. Run
 * records stream into it as the runner reports, so every participant (and any late joiner)
 * sees the same output.
 *
 *   meta: Y.Map      title, expiresAt, endedAt, candidateReadOnly
 *   runOrder: Y.Array<string>                 run ids, oldest first, the last RUN_HISTORY kept
 *   runs: Y.Map<runId, Y.Map>                 one run record each (fields below)
 *     id, language, by {userId, name}, status, queuePosition?, createdAt, startedAt?, finishedAt?,
 *     output: Y.Array<{stream, data}>, outputBytes, truncated, exit?, error?
 */
import { z } from "zod";
import { ExitEventSchema } from "./runner";
import { LanguageIdSchema } from "./languages";

export const STATE_KEYS = { meta: "meta", runOrder: "runOrder", runs: "runs" } as const;

export const RUN_STATES = ["queued", "running", "finished", "failed", "cancelled", "interrupted"] as const;
export type RunState = (typeof RUN_STATES)[number];
export const FINAL_RUN_STATES: readonly RunState[] = ["finished", "failed", "cancelled", "interrupted"];

/** Runs whose records stay in the state doc; older ones live only in the Room's storage. */
export const RUN_HISTORY = 20;
/** Output kept in the state doc per run; the runner's own caps stop it at 1 MiB in total. */
export const RUN_DOC_OUTPUT_BYTES = 64 * 1024;

export const StartRunSchema = z.strictObject({
  language: LanguageIdSchema,
  stdin: z.string().max(1024 * 1024).optional(),
});
export type StartRun = z.infer<typeof StartRunSchema>;

export const StartRunResponseSchema = z.strictObject({ runId: z.string() });

/** What the exit of a run records (the runner's exit event without its seq). */
export const RunExitSchema = ExitEventSchema.omit({ type: true, seq: true });
export type RunExit = z.infer<typeof RunExitSchema>;
