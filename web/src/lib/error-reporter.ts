/**
 * Reports the page's uncaught errors and unhandled rejections to the Worker (POST
 * /api/client-errors), which logs them for the operator. What leaves the browser: the kind, the
 * message and a trimmed stack with every URL's query and hash cut (invite tokens live in `#token=`)
 * and long token-like runs masked, and the page's route pattern (`/r/:id`), never its URL. Each
 * distinct error is sent once, and at most CLIENT_ERROR_LIMITS.perPageLoad per page load: a
 * render loop must not become a flood (the Worker rate-limits per client as well).
 */
import { CLIENT_ERROR_LIMITS } from "../../../contracts/client-error-limits";
import type { RequestBody } from "../../../contracts/route-bodies";
import { api } from "./api";

export type ClientErrorReport = RequestBody<"clientError">;

/** The app's routes (main.tsx) as patterns; anything else is "/*". */
const ROUTE_PATTERNS: [RegExp, string][] = [
  [/^\/?$/, "/"],
  [/^\/account\/?$/, "/account"],
  [/^\/org-invite\/?$/, "/org-invite"],
  [/^\/recover\/?$/, "/recover"],
  [/^\/org\/[^/]+\/?$/, "/org/:id"],
  [/^\/r\/[^/]+\/replay\/?$/, "/r/:id/replay"],
  [/^\/r\/[^/]+\/?$/, "/r/:id"],
];

export function routePattern(pathname: string): string {
  return ROUTE_PATTERNS.find(([re]) => re.test(pathname))?.[1] ?? "/*";
}

/** Cuts what could carry a secret or a person's data out of a message or stack. */
export function scrub(text: string, max: number): string {
  return text
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#)]*)[?#][^\s)]*/gi, "$1") // a URL's query and hash
    .replace(/[A-Za-z0-9_-]{32,}/g, "[redacted]") // tokens, keys
    .slice(0, max);
}

/** A rejection's reason may be anything: an Error, a string, an object. */
function asText(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  if (typeof reason === "string") return reason;
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}

function describe(kind: ClientErrorReport["kind"], reason: unknown): { message: string; stack?: string } | null {
  const err = reason instanceof Error ? reason : null;
  const message = asText(reason);
  // A cross-origin script's error says nothing more than this: nothing to act on.
  if (kind === "error" && /^Script error\.?$/.test(message)) return null;
  const stack = err?.stack ? err.stack.split("\n").slice(0, 20).join("\n") : undefined;
  return { message, stack };
}

/** Builds a report as the Worker's schema accepts it; null for what is not worth sending. */
export function buildReport(kind: ClientErrorReport["kind"], reason: unknown, pathname: string): ClientErrorReport | null {
  const d = describe(kind, reason);
  if (!d) return null;
  const message = scrub(d.message, CLIENT_ERROR_LIMITS.message) || "(no message)";
  const stack = d.stack ? scrub(d.stack, CLIENT_ERROR_LIMITS.stack) : undefined;
  return { kind, message, ...(stack ? { stack } : {}), route: routePattern(pathname) };
}

const send = (report: ClientErrorReport) => api("clientError", {}, { body: report, keepalive: true }).then(() => undefined);

/** Listens on `target` (the window) for the rest of the page load; returns how to stop. */
export function installErrorReporter(target: Window = window, post: (r: ClientErrorReport) => Promise<void> = send, limit: number = CLIENT_ERROR_LIMITS.perPageLoad): () => void {
  const seen = new Set<string>();
  const report = (kind: ClientErrorReport["kind"], reason: unknown) => {
    if (seen.size >= limit) return;
    const r = buildReport(kind, reason, target.location.pathname);
    if (!r) return;
    const key = `${r.kind}\n${r.message}\n${r.stack?.split("\n")[1] ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    post(r).catch(() => {}); // a report that cannot be sent is dropped, never reported in turn
  };
  const onError = (e: ErrorEvent) => report("error", e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => report("unhandledrejection", e.reason);
  target.addEventListener("error", onError);
  target.addEventListener("unhandledrejection", onRejection);
  return () => {
    target.removeEventListener("error", onError);
    target.removeEventListener("unhandledrejection", onRejection);
  };
}
