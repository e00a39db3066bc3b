/**
 * One POST of a delivery: the event's JSON, signed (signature.ts), to the endpoint's URL. A 2xx
 * answer is delivered; anything else is a failed attempt — a redirect too, since following one
 * would send the event somewhere its admin never checked — and so is no answer within 10 s.
 */
import { WEBHOOK_HEADERS, type DeliveryAttempt } from "../../contracts/webhooks";
import type { DueDelivery } from "../../data/webhooks";
import { signatureHeader } from "./signature";

export const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_ERROR_CHARS = 200;

export interface SentAttempt extends DeliveryAttempt {
  delivered: boolean;
}

export async function sendDelivery(d: DueDelivery, at = Date.now()): Promise<SentAttempt> {
  const headers = {
    "Content-Type": "application/json",
    "User-Agent": "Duet-Webhooks/1",
    [WEBHOOK_HEADERS.event]: d.event,
    [WEBHOOK_HEADERS.delivery]: d.id,
    [WEBHOOK_HEADERS.signature]: await signatureHeader(d.secret, d.keyId, d.payload, at),
  };
  const started = Date.now();
  try {
    const res = await fetch(d.url, { method: "POST", headers, body: d.payload, redirect: "manual", signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) });
    await res.body?.cancel(); // only the status matters; free the connection
    const delivered = res.status >= 200 && res.status < 300;
    const error = delivered ? null : res.status >= 300 && res.status < 400 ? `redirected (HTTP ${res.status}), not followed` : `HTTP ${res.status}`;
    return { at, httpStatus: res.status, error, durationMs: Date.now() - started, delivered };
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    const error = timedOut ? `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : `could not connect: ${e instanceof Error ? e.message : String(e)}`;
    return { at, httpStatus: null, error: error.slice(0, MAX_ERROR_CHARS), durationMs: Date.now() - started, delivered: false };
  }
}
