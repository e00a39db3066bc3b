/**
 * The Worker called in-process with some vars changed — production, a PUBLIC_ORIGIN, a low limit —
 * and the same bindings (D1, the rooms, the rate limiters) as the rest of the suite.
 */
import { env } from "cloudflare:test";
import app from "../index";

export type Vars = Partial<Record<"DUET_ENV" | "REQUIRE_SIGN_IN" | "PUBLIC_ORIGIN" | "TOKEN_SECRET" | "TOKEN_SECRET_PREVIOUS" | "RATE_ROOM_CREATES_PER_MINUTE" | "RATE_SOCKET_CONNECTS_PER_MINUTE", string | undefined>>;

/** Production as deployed: its own origin configured, the suite's (long, non-default) token secret. */
export const PRODUCTION: Vars = { DUET_ENV: "production", PUBLIC_ORIGIN: "https://duet.example" };

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;

export function fetchWith(vars: Vars, url: string, init?: RequestInit): Promise<Response> {
  return Promise.resolve(app.fetch(new Request(url, init), { ...env, ...vars } as Env, ctx));
}
