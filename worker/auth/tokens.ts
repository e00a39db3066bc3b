/**
 * Signed, expiring room tokens: `base64url(json payload) "." base64url(HMAC-SHA256(payload))`.
 *
 * - invite  — what a link carries: room, role and the invite's id (revocable in D1).
 * - session — what joining with an invite returns: the invite's claims plus the joiner's user id
 *   and display name. Every socket and command carries one; identity comes only from it.
 *
 * Secret rotation: a token names the key that signed it (`kid`, a hash of the secret, so no list of
 * ids is configured). New tokens are signed with TOKEN_SECRET; during a rotation the previous
 * secret (TOKEN_SECRET_PREVIOUS) still verifies what it signed, so links sent before the rotation
 * keep working until it is removed. Tokens made before key ids existed carry none and verify
 * against either key.
 */
import { z } from "zod";
import { IdentitySchema, RoleSchema } from "../../contracts/wire";

const Common = {
  v: z.literal(1),
  rid: z.string().min(1).max(64),
  role: RoleSchema,
  /** The invite's id: revoking the invite kills every session made from it. */
  jti: z.string().min(1).max(64),
  /** Expiry, ms since the epoch. */
  exp: z.number().int(),
  /** The signing key's id (keyId): set by signToken, absent from tokens made before rotation existed. */
  kid: z.string().regex(/^[A-Za-z0-9_-]{11}$/).optional(),
};

export const TokenSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("invite"), ...Common }),
  z.strictObject({ kind: z.literal("session"), ...Common, uid: z.string().min(1).max(64), name: IdentitySchema.shape.name }),
]);
export type Token = z.infer<typeof TokenSchema>;
export type SessionToken = Extract<Token, { kind: "session" }>;

export type VerifyResult = { ok: true; token: Token } | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

/**
 * What tokens are signed and checked with: `current` signs and verifies; `previous`, during a
 * rotation, only verifies. A plain string is a single key.
 */
export type TokenKeys = string | { readonly current: string; readonly previous?: string };

const keys = new Map<string, Promise<CryptoKey>>();
const keyIds = new Map<string, Promise<string>>();

/** A secret's public name: the first 64 bits of a SHA-256 over it, base64url (11 characters). */
export function keyId(secret: string): Promise<string> {
  let id = keyIds.get(secret);
  if (!id) {
    id = crypto.subtle.digest("SHA-256", new TextEncoder().encode(`duet token key\n${secret}`)).then((d) => b64url(new Uint8Array(d).subarray(0, 8)));
    keyIds.set(secret, id);
  }
  return id;
}

function secretsOf(k: TokenKeys): string[] {
  return typeof k === "string" ? [k] : k.previous ? [k.current, k.previous] : [k.current];
}

function key(secret: string): Promise<CryptoKey> {
  let k = keys.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, k);
  }
  return k;
}

export async function signToken(token: Token, signingKeys: TokenKeys): Promise<string> {
  const [secret] = secretsOf(signingKeys);
  const body = b64url(new TextEncoder().encode(JSON.stringify(TokenSchema.parse({ ...token, kid: await keyId(secret) }))));
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", await key(secret), new TextEncoder().encode(body)));
  return `${body}.${b64url(sig)}`;
}

export async function verifyToken(raw: string, verifyingKeys: TokenKeys, now = Date.now()): Promise<VerifyResult> {
  const parts = raw.split(".");
  if (parts.length !== 2 || raw.length > 2048) return { ok: false, reason: "malformed" };
  const [body, sig] = parts;
  const sigBytes = fromB64url(sig);
  if (!sigBytes) return { ok: false, reason: "malformed" };
  if (!(await signedByOneOf(await candidateSecrets(raw, secretsOf(verifyingKeys)), sigBytes, body))) return { ok: false, reason: "bad_signature" };
  const json = fromB64url(body);
  if (!json) return { ok: false, reason: "malformed" };
  let parsed: ReturnType<typeof TokenSchema.safeParse>;
  try {
    parsed = TokenSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json)));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (!parsed.success) return { ok: false, reason: "malformed" };
  if (parsed.data.exp <= now) return { ok: false, reason: "expired" };
  // The key id says which key signed, not who or what: callers get the claims alone.
  const { kid, ...claims } = parsed.data;
  return { ok: true, token: claims };
}

/** The key id a token names (undefined for one made before key ids), read without verifying it. */
export function tokenKeyId(raw: string): string | undefined {
  const json = fromB64url(raw.split(".")[0] ?? "");
  try {
    const kid = json ? (JSON.parse(new TextDecoder().decode(json)) as { kid?: unknown } | null)?.kid : undefined;
    return typeof kid === "string" ? kid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The secrets worth trying: the one whose id the (still unverified) body names, or every one for a
 * token without an id. The id only picks a key; the signature is what is trusted.
 */
async function candidateSecrets(raw: string, secrets: string[]): Promise<string[]> {
  const kid = tokenKeyId(raw);
  if (kid === undefined) return secrets;
  const ids = await Promise.all(secrets.map(keyId));
  return secrets.filter((_, i) => ids[i] === kid);
}

async function signedByOneOf(secrets: string[], sig: Uint8Array<ArrayBuffer>, body: string): Promise<boolean> {
  for (const secret of secrets) {
    // verify() compares in constant time
    if (await crypto.subtle.verify("HMAC", await key(secret), sig, new TextEncoder().encode(body))) return true;
  }
  return false;
}

function b64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Only the canonical spelling decodes: the last character of unpadded base64 has spare bits, and
 * without this check several strings would carry the same signature (a token is one string).
 */
function fromB64url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4));
    bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  return b64url(bytes) === s ? bytes : null;
}
