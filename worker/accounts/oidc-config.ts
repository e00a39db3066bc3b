/**
 * The sign-in providers a deployment configures: `OIDC_PROVIDERS`, a JSON list (not secret), and
 * one secret per provider, `OIDC_<ID>_CLIENT_SECRET` (`wrangler secret put`). Google, GitHub and
 * Microsoft are known by their id; any other id names an OpenID Connect issuer, found through its
 * discovery document:
 *
 *   [{"id":"google","clientId":"…"},
 *    {"id":"microsoft","clientId":"…","tenant":"contoso.onmicrosoft.com"},
 *    {"id":"acme","name":"Acme SSO","issuer":"https://sso.acme.example","clientId":"…"}]
 *
 * A mistake is an error naming the variable and the entry, never a provider silently left out.
 */
import { z } from "zod";
import { isProduction } from "../../contracts/environment";
import { HttpError } from "../http-error";

/** Provider ids better-auth or Duet already use for an `auth_accounts` row of their own. */
const RESERVED_IDS = new Set(["credential", "passkey", "cloudflare-access"]);

const ProviderIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "an id is 1–32 lower-case letters, digits and dashes, starting with a letter")
  .refine((id) => !RESERVED_IDS.has(id), "this id is reserved");
const NameSchema = z.string().trim().min(1).max(60);
const ClientIdSchema = z.string().trim().min(1).max(500);

const WELL_KNOWN = {
  google: z.strictObject({
    id: z.literal("google"), name: NameSchema.default("Google"), clientId: ClientIdSchema,
    /** Only accounts of this Google Workspace domain (Google's `hd`); "*" any Workspace domain. */
    hostedDomain: z.string().min(1).optional(),
  }),
  github: z.strictObject({ id: z.literal("github"), name: NameSchema.default("GitHub"), clientId: ClientIdSchema }),
  microsoft: z.strictObject({
    id: z.literal("microsoft"), name: NameSchema.default("Microsoft"), clientId: ClientIdSchema,
    /** The Entra ID tenant: its id or domain, or "common", "organizations", "consumers". */
    tenant: z.string().regex(/^[A-Za-z0-9.-]{1,100}$/, "a tenant id, a domain, or common/organizations/consumers").default("common"),
  }),
};

const IssuerEntrySchema = z.strictObject({
  id: ProviderIdSchema,
  name: NameSchema,
  issuer: z.url({ protocol: /^https?$/ }).refine((u) => !/[?#]/.test(u), "an issuer has no query or fragment"),
  clientId: ClientIdSchema,
});

type WellKnownEntry = { [K in keyof typeof WELL_KNOWN]: z.infer<(typeof WELL_KNOWN)[K]> & { kind: K } }[keyof typeof WELL_KNOWN];
type IssuerEntry = z.infer<typeof IssuerEntrySchema>;

/** One configured provider with its client secret. */
export type SignInProvider = (WellKnownEntry | (IssuerEntry & { kind: "oidc" })) & { clientSecret: string };

/** The secret holding a provider's client secret: `OIDC_ACME_SSO_CLIENT_SECRET` for id `acme-sso`. */
export function clientSecretName(id: string): string {
  return `OIDC_${id.toUpperCase().replaceAll("-", "_")}_CLIENT_SECRET`;
}

const parsed = new WeakMap<object, SignInProvider[]>();

/** The deployment's providers, in the order configured; [] when OIDC_PROVIDERS is empty or unset. */
export function signInProviders(env: Env): SignInProvider[] {
  let list = parsed.get(env);
  if (!list) parsed.set(env, (list = parseProviders(env)));
  return list;
}

function parseProviders(env: Env): SignInProvider[] {
  const raw = (env.OIDC_PROVIDERS ?? "").trim();
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw configError("is not JSON (a list like [{\"id\":\"google\",\"clientId\":\"…\"}])");
  }
  if (!Array.isArray(json)) throw configError("must be a JSON list of providers");
  const seen = new Set<string>();
  return json.map((entry, index) => {
    const provider = parseEntry(entry, index, isProduction(env));
    if (seen.has(provider.id)) throw configError(`[${index}]: the id "${provider.id}" appears twice`);
    seen.add(provider.id);
    const secretName = clientSecretName(provider.id);
    const clientSecret = (env as unknown as Record<string, unknown>)[secretName];
    if (typeof clientSecret !== "string" || clientSecret.trim() === "") {
      throw new HttpError("internal", `${secretName} is not set: the client secret of sign-in provider "${provider.id}" (wrangler secret put ${secretName})`);
    }
    return { ...provider, clientSecret } as SignInProvider;
  });
}

function parseEntry(entry: unknown, index: number, production: boolean): Omit<SignInProvider, "clientSecret"> {
  const id = (entry as { id?: unknown } | null)?.id;
  const wellKnown = typeof id === "string" && Object.hasOwn(WELL_KNOWN, id) ? WELL_KNOWN[id as keyof typeof WELL_KNOWN] : null;
  const result = (wellKnown ?? IssuerEntrySchema).safeParse(entry);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `.${issue.path.join(".")}` : "";
    throw configError(`[${index}]${where}: ${issue.message}`);
  }
  if (wellKnown) return { ...result.data, kind: (result.data as { id: WellKnownEntry["kind"] }).id } as WellKnownEntry;
  const issuerEntry = result.data as IssuerEntry;
  if (production && new URL(issuerEntry.issuer).protocol !== "https:") {
    throw configError(`[${index}].issuer: production needs an https issuer, not ${issuerEntry.issuer}`);
  }
  return { ...issuerEntry, kind: "oidc" };
}

function configError(message: string): HttpError {
  return new HttpError("internal", `OIDC_PROVIDERS ${message}`);
}
