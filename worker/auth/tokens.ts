/**
 * Signed, expiring room tokens: `base64url(json payload) "." base64url(HMAC-SHA256(payload))`.
 *
 * - invite  — what a link carries: room, role and the invite's id (revocable in D1).
 * - session — what joining with an invite returns: the invite's claims plus the joiner's user id
 *   and display name. Every socket and command carries one; identity comes only from it.
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
};

export const TokenSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("invite"), ...Common }),
  z.strictObject({ kind: z.literal("session"), ...Common, uid: z.string().min(1).max(64), name: IdentitySchema.shape.name }),
]);
export type Token = z.infer<typeof TokenSchema>;
export type SessionToken = Extract<Token, { kind: "session" }>;

export type VerifyResult = { ok: true; token: Token } | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

const keys = new Map<string, Promise<CryptoKey>>();

function key(secret: string): Promise<CryptoKey> {
  let k = keys.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, k);
  }
  return k;
}

export async function signToken(token: Token, secret: string): Promise<string> {
  const body = b64url(new TextEncoder().encode(JSON.stringify(TokenSchema.parse(token))));
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", await key(secret), new TextEncoder().encode(body)));
  return `${body}.${b64url(sig)}`;
}

export async function verifyToken(raw: string, secret: string, now = Date.now()): Promise<VerifyResult> {
  const parts = raw.split(".");
  if (parts.length !== 2 || raw.length > 2048) return { ok: false, reason: "malformed" };
  const [body, sig] = parts;
  const sigBytes = fromB64url(sig);
  if (!sigBytes) return { ok: false, reason: "malformed" };
  // verify() compares in constant time
  const valid = await crypto.subtle.verify("HMAC", await key(secret), sigBytes, new TextEncoder().encode(body));
  if (!valid) return { ok: false, reason: "bad_signature" };
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
  return { ok: true, token: parsed.data };
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
