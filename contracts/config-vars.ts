/**
 * Every variable and secret the Worker and its Durable Objects read, declared once. The deploy
 * command (scripts/deploy.mjs) sets and checks exactly this list; test/repo/config-declared.test.ts
 * fails when the bundled code reads a name that is not here, or a name here is never read.
 * Values are strings (wrangler vars and secrets); each `production` schema says what a production
 * value must look like (an empty var means "unset" and is checked only when `required`).
 */
import { z } from "zod";

/** A secret shorter than this is refused in production (HMAC keys: 256 bits of randomness as hex is 64). */
export const MIN_SECRET_LENGTH = 32;

export type ConfigKind = "var" | "secret";

/**
 * How deploy fills a missing secret: `random` — 32 random bytes as hex; `ed25519` — a fresh
 * Ed25519 private key (PKCS#8 PEM); `given` — only the operator can (a client secret from an
 * identity provider), so deploy asks for it or stops.
 */
export type SecretSource = "random" | "ed25519" | "given";

export interface ConfigVar {
  name: string;
  kind: ConfigKind;
  /** Production refuses to start (or to deploy) without it. */
  required: boolean;
  description: string;
  /** What a production value must be. */
  production: z.ZodType<string>;
  /** Secrets only: how deploy makes one when it is missing. */
  source?: SecretSource;
}

const positiveInt = z.string().regex(/^[1-9]\d*$/, "a whole number above 0");
const flag = z.enum(["", "1"], { message: 'empty or "1"' });
const anyText = z.string();
const httpsOrigin = z.url({ protocol: /^https$/, message: "an https:// origin" }).refine((u) => new URL(u).origin === u.replace(/\/$/, ""), "an origin alone (no path)");
const httpsOrigins = z
  .string()
  .min(1, "at least one https:// origin")
  .refine((s) => s.split(",").every((o) => httpsOrigin.safeParse(o.trim()).success), "comma-separated https:// origins (e.g. https://duet.example.com)");
const jsonOrEmpty = (what: string) =>
  z.string().refine((s) => {
    if (s.trim() === "") return true;
    try {
      return Array.isArray(JSON.parse(s));
    } catch {
      return false;
    }
  }, `empty, or ${what} as a JSON array`);
const strongSecret = z.string().min(MIN_SECRET_LENGTH, `at least ${MIN_SECRET_LENGTH} characters`);
const runnerUrls = z.string().refine((s) => s.split(",").every((u) => z.url({ protocol: /^https?$/ }).safeParse(u.trim()).success), "comma-separated http(s) URLs");

const v = (name: string, description: string, production: z.ZodType<string>, required = false): ConfigVar => ({ name, kind: "var", required, description, production });
const s = (name: string, description: string, source: SecretSource, required = true, production: z.ZodType<string> = strongSecret): ConfigVar => ({
  name,
  kind: "secret",
  required,
  description,
  production,
  source,
});

export const CONFIG_VARS: readonly ConfigVar[] = [
  v("DUET_ENV", 'which deployment this is; anything but "development" or "test" is production', z.literal("production", { message: 'exactly "production"' }), true),
  v("PUBLIC_ORIGIN", "browser origins allowed to open sockets and send commands; invite links use the first", httpsOrigins, true),
  v("REQUIRE_SIGN_IN", '"1" refuses anonymous room creation on a local server too', flag),
  v("MAX_MESSAGE_BYTES", "one WebSocket frame's cap, bytes", positiveInt),
  v("RUNNER_TRANSPORT", 'where runs go: "container" (Cloudflare Containers, falling back to RUNNER_URLS) or "urls" (the RUNNER_URLS pool, else RUNNER_URL)', z.enum(["container", "urls"], { message: '"container" or "urls"' }), true),
  v("RUNNER_URLS", "the runner pool, comma-separated URLs (Kubernetes, VMs); the container's fallback", z.union([z.literal(""), runnerUrls])),
  v("RUNNER_URL", "the one runner's URL (local development; the pool's when RUNNER_URLS is empty)", runnerUrls),
  v("RUNNER_TRANSPORT", 'how runs reach a runner: "container" (each room\'s Cloudflare Container) or "urls" (RUNNER_URLS, else RUNNER_URL)', z.enum(["container", "urls"], { message: '"container" or "urls"' }), true),
  v("RUNNER_URLS", "runners by URL, comma-separated: the pool (with \"container\", its fallback when max_instances is reached)", runnerUrls),
  v("RATE_ROOM_CREATES_PER_MINUTE", "room creations per client IP per minute", positiveInt),
  v("RATE_SOCKET_CONNECTS_PER_MINUTE", "socket connects per client IP per minute", positiveInt),
  v("RATE_RUNS_PER_ROOM_PER_MINUTE", "runs per room per minute", positiveInt),
  v("RATE_RUNS_PER_USER_PER_MINUTE", "runs per participant per minute", positiveInt),
  v("RUNS_ROOMS_PER_TENANT", "rooms of one tenant with a run going at once", positiveInt),
  v("SUBMISSION_BUDGET_MS", "a submission's total wall time on the runner, ms", positiveInt),
  v("ROOM_MESSAGES_PER_SECOND", "messages a socket may send per second, sustained", positiveInt),
  v("ROOM_MESSAGE_BURST", "messages a socket may send in a burst", positiveInt),
  v("ROOM_BYTES_PER_SECOND", "bytes a socket may send per second, sustained", positiveInt),
  v("ROOM_BYTES_BURST", "bytes a socket may send in a burst", positiveInt),
  v("ROOM_SYNC_REQUESTS_PER_MINUTE", "sync requests a socket may send per minute", positiveInt),
  v("ROOM_MAX_CODE_BYTES", "a code buffer's cap, bytes", positiveInt),
  v("ROOM_MAX_ROOT_ENTRIES", "root entries a doc may hold", positiveInt),
  v("ROOM_MAX_DEPTH", "nesting depth a doc may reach", positiveInt),
  v("RATE_SIGN_INS_PER_MINUTE", "sign-ins per client IP per minute", positiveInt),
  v("RATE_CLIENT_ERRORS_PER_MINUTE", "client error reports per client IP per minute", positiveInt),
  v("WEBHOOK_RETRY_BASE_MS", "an organisation webhook's first retry delay, ms (1000–3600000)", positiveInt.refine((x) => +x >= 1000 && +x <= 3_600_000, "between 1000 and 3600000")),
  v("OIDC_PROVIDERS", "sign-in providers, a JSON list (worker/accounts/oidc-config.ts)", jsonOrEmpty("providers")),
  v("CF_ACCESS_TEAM_DOMAIN", "Cloudflare Access team domain, https://<team>.cloudflareaccess.com (with CF_ACCESS_AUD)", z.union([z.literal(""), httpsOrigin])),
  v("CF_ACCESS_AUD", "the Access application's Audience tag (with CF_ACCESS_TEAM_DOMAIN)", anyText),
  v("RECORD_RETENTION_DAYS", "days an ended room's record is kept at most", positiveInt),
  v("RECORD_VERIFY_KEYS", "public halves of earlier record signing keys", anyText),
  s("TOKEN_SECRET", "HMAC key of room and invite tokens", "random"),
  s("TOKEN_SECRET_PREVIOUS", "the TOKEN_SECRET before a rotation: tokens it signed still verify until it is removed", "random", false),
  s("AUTH_SECRET", "better-auth's secret (account session cookies, OAuth state)", "random"),
  s("RUNNER_SECRET", "the bearer secret the runners accept", "random"),
  s("HEALTH_TOKEN", "the Bearer token of GET /healthz/deep", "random"),
  s(
    "RECORD_SIGNING_KEY",
    "Ed25519 private key signing record exports (PKCS#8 PEM, base64 DER, or JWK)",
    "ed25519",
    true,
    z.string().refine((k) => /^-----BEGIN PRIVATE KEY-----/.test(k.trim()) || /^[A-Za-z0-9+/=\s]{40,}$/.test(k.trim()) || k.trim().startsWith("{"), "an Ed25519 private key (PKCS#8 PEM, base64 DER or JWK)"),
  ),
];

/**
 * Secrets whose names follow from another value: each sign-in provider in OIDC_PROVIDERS has its
 * client secret in `OIDC_<ID>_CLIENT_SECRET` (worker/accounts/oidc-config.ts clientSecretName).
 */
export const CONFIG_FAMILIES = [{ pattern: /^OIDC_[A-Z0-9_]+_CLIENT_SECRET$/, template: "OIDC_<ID>_CLIENT_SECRET", kind: "secret" as const, source: "given" as const }];

export type BindingType = "d1" | "durable_object" | "assets" | "analytics_engine" | "version_metadata";

/**
 * Bindings (not values): declared in wrangler.toml, read as `env.<NAME>`. `platform`: used by
 * Cloudflare itself rather than read by the code (the assets are served before the Worker runs).
 */
export const CONFIG_BINDINGS: readonly { name: string; type: BindingType; description: string; platform?: true }[] = [
  { name: "DB", type: "d1", description: "D1: rooms index, accounts, problems, submissions, audit" },
  { name: "ASSETS", type: "assets", description: "the built web app (web/dist)", platform: true },
  { name: "ANALYTICS", type: "analytics_engine", description: "Workers Analytics Engine: runs and socket data points" },
  { name: "CF_VERSION_METADATA", type: "version_metadata", description: "the deployed version's id and tag (health, logs)" },
  { name: "ROOM", type: "durable_object", description: "one Room per interview" },
  { name: "RATE_LIMITER", type: "durable_object", description: "rate-limit buckets" },
  { name: "ORG_EVENTS", type: "durable_object", description: "an organisation's webhook deliveries" },
  { name: "RUNNER_CONTAINER", type: "durable_object", description: "the runner on Cloudflare Containers, one per room" },
  { name: "PROBLEM_CHECKS", type: "durable_object", description: "checks each version of an interviewer's own problem on the runner" },
];

/**
 * Names the bundled code reads only when DUET_ENV is "test" (fakes for what cannot run here):
 * never set by deploy, and refused in a production config.
 */
export const TEST_ONLY_NAMES: readonly string[] = ["TEST_RUNNER_CONTAINER"];

export function configVar(name: string): ConfigVar | undefined {
  return CONFIG_VARS.find((c) => c.name === name);
}

/** Why a production value is refused, or null when it passes. */
export function productionProblem(entry: ConfigVar, value: string | undefined): string | null {
  if (value === undefined || value === "") return entry.required ? `${entry.name} is not set (${entry.description})` : null;
  const parsed = entry.production.safeParse(value);
  return parsed.success ? null : `${entry.name}: ${parsed.error.issues[0]?.message ?? "invalid"}`;
}
