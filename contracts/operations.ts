/**
 * The operator's view over HTTP: what the web app reports of its own errors, and what the deep
 * health check answers. Bodies (contracts/operations-bodies.ts) of ./operations-routes.ts.
 */
import { z } from "zod";
import { CLIENT_ERROR_LIMITS } from "./client-error-limits";

/** A page's route pattern (`/r/:id`), never a concrete URL: starts with /, no `?` or `#`. */
const RoutePatternSchema = z.string().min(1).max(CLIENT_ERROR_LIMITS.route).regex(/^\/[^?#\s]*$/, "a path without query or hash");

/** What a browser may send: a route pattern, no query strings or hashes, nothing typed by a person. */
export const ClientErrorSchema = z.strictObject({
  kind: z.enum(["error", "unhandledrejection"]),
  message: z.string().min(1).max(CLIENT_ERROR_LIMITS.message),
  stack: z.string().max(CLIENT_ERROR_LIMITS.stack).optional(),
  route: RoutePatternSchema,
});
export type ClientError = z.infer<typeof ClientErrorSchema>;

const CheckSchema = z.strictObject({ ok: z.boolean(), ms: z.number(), error: z.string().optional() });

export const RunnerHealthSchema = z.strictObject({
  /** The runner's origin (no path, no credentials). */
  origin: z.string(),
  ok: z.boolean(),
  ms: z.number(),
  /** HTTP status of its /healthz, or null when it could not be reached. */
  status: z.number().nullable(),
  /** Its /healthz body as it answered (queue, sandbox, draining, languages…), or the reason it did not. */
  health: z.unknown(),
});

export const DeepHealthSchema = z.strictObject({
  ok: z.boolean(),
  /** The deployed Worker version (Cloudflare's version metadata); null where none is bound. */
  version: z.strictObject({ id: z.string(), tag: z.string() }).nullable(),
  d1: CheckSchema,
  runners: z.strictObject({ transport: z.string(), ok: z.boolean(), runners: z.array(RunnerHealthSchema) }),
});
export type DeepHealth = z.infer<typeof DeepHealthSchema>;
