/**
 * Which browser origins may talk to this deployment, from PUBLIC_ORIGIN (a comma-separated list of
 * origins, e.g. "https://duet.example.com"). Production must set it: there is no safe guess, since
 * the request's own Host is whatever the client sent. Outside production, when unset, only the
 * loopback origins on the request's port are allowed, so `npm start` and the Vite dev server work
 * with no configuration. Not the Host the request names: a page on evil.example whose name the
 * attacker re-points at 127.0.0.1 (DNS rebinding) is same-origin with itself, and would otherwise
 * drive the local server from a visitor's browser. Serving on a LAN address needs PUBLIC_ORIGIN.
 */
import { isProduction } from "../../contracts/environment";
import { HttpError } from "../http-error";

const parsed = new Map<string, string[]>();

/** The configured origins, in order; [] when unset. A malformed entry is a configuration error. */
export function configuredOrigins(env: Env): string[] {
  const raw = env.PUBLIC_ORIGIN ?? "";
  let list = parsed.get(raw);
  if (!list) {
    list = raw.split(",").map((s) => s.trim()).filter(Boolean).map(originOf);
    parsed.set(raw, list);
  }
  return list;
}

function originOf(entry: string): string {
  let origin: string;
  try {
    origin = new URL(entry).origin;
  } catch {
    origin = "null";
  }
  if (origin === "null") throw new HttpError("internal", `PUBLIC_ORIGIN entry "${entry}" is not an origin (like https://duet.example.com)`);
  return origin;
}

/** Origins allowed to upgrade sockets and send commands to a request made to `requestUrl`. */
export function allowedOrigins(env: Env, requestUrl: string): Set<string> {
  const configured = configuredOrigins(env);
  if (configured.length > 0) return new Set(configured);
  if (isProduction(env)) throw new HttpError("internal", "PUBLIC_ORIGIN is not configured; production refuses to serve without it");
  const url = new URL(requestUrl);
  const port = url.port ? `:${url.port}` : "";
  return new Set([`http://localhost${port}`, `http://127.0.0.1${port}`, `http://[::1]${port}`]);
}

/** Where invite links point: the first configured origin, else the origin the request was made to. */
export function linkOrigin(env: Env, requestUrl: string): string {
  return configuredOrigins(env)[0] ?? new URL(requestUrl).origin;
}
