import type { ErrorHandler } from "hono";
import { ERROR_STATUS, type ErrorCode } from "../contracts/errors";
import { log } from "../contracts/log";
import type { AppEnv } from "./app-env";

/** The one error handlers throw; onError turns it into `{error:{code,message}}`. */
export class HttpError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function errorResponse(code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status: ERROR_STATUS[code], headers });
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HttpError) return errorResponse(err.code, err.message, err.headers);
  log("error", "request_failed", { requestId: c.get("requestId"), method: c.req.method, path: c.req.routePath, error: String(err), stack: (err as Error).stack });
  return errorResponse("internal", "internal error");
};
