import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";

/** Hono's bodyLimit answering with our 413 JSON error, naming the cap. */
export function bodyCap(maxBytes: number, label: string): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError("payload_too_large", `request body over ${label}`);
    },
  });
}

/** Commands carry a few fields: 16 KiB is plenty. */
export const smallBody = bodyCap(16 * 1024, "16 KiB");
