/**
 * The deployment's record-signing key (Ed25519) and the key set that verifies its exports.
 *
 * RECORD_SIGNING_KEY (a secret: `wrangler secret put RECORD_SIGNING_KEY`) is the private key, as
 * PKCS#8 (PEM, or its base64 DER) or as a JWK with `d` and `x`; e.g.
 * `openssl genpkey -algorithm ed25519 | wrangler secret put RECORD_SIGNING_KEY`.
 * RECORD_VERIFY_KEYS (optional) lists the public keys of earlier signing keys, so exports made
 * before a rotation keep verifying against GET /api/record-key: a JSON array of base64url raw keys
 * or public JWKs, or base64url keys separated by commas.
 *
 * Outside production an unset key is the development key below, marked as what it is; production
 * refuses to sign without a key of its own or with that one (as worker/auth/secret.ts does).
 */
import { fromBase64Url, toBase64Url } from "../../contracts/bytes";
import { isProduction } from "../../contracts/environment";
import { keyId, type RecordSigner, webSigner } from "../../contracts/record-chain";
import type { RecordKey } from "../../contracts/record-export";
import { HttpError } from "../http-error";

/** PKCS#8 of the development key; its fingerprint is DEV_RECORD_KID (contracts/record-export.ts). Never for production. */
export const DEV_RECORD_SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEIBwjIjchzrRHTVKz0E4ubFDvi3TZHajKXYxJMv17NYuK";

export interface RecordKeys {
  signer: RecordSigner;
  /** The current key first, then the older ones that still verify. */
  keys: RecordKey[];
}

type KeyEnv = Pick<Env, "DUET_ENV"> & { RECORD_SIGNING_KEY?: string; RECORD_VERIFY_KEYS?: string };

let cache: { source: string; keys: Promise<RecordKeys> } | null = null;

/** The signer and key set, imported once per isolate for a given configuration. */
export function recordKeys(env: KeyEnv): Promise<RecordKeys> {
  const source = `${env.DUET_ENV}\n${env.RECORD_SIGNING_KEY ?? ""}\n${env.RECORD_VERIFY_KEYS ?? ""}`;
  if (cache?.source !== source) {
    const keys = load(env);
    keys.catch(() => (cache = null)); // a refused configuration is asked again, not remembered
    cache = { source, keys };
  }
  return cache.keys;
}

async function load(env: KeyEnv): Promise<RecordKeys> {
  const configured = env.RECORD_SIGNING_KEY?.trim();
  if (isProduction(env)) {
    if (!configured) throw new HttpError("internal", "RECORD_SIGNING_KEY is not configured");
    if (configured === DEV_RECORD_SIGNING_KEY) throw new HttpError("internal", "RECORD_SIGNING_KEY is the development key; refused in production");
  }
  const { privateKey, publicKey } = await importPrivate(configured || DEV_RECORD_SIGNING_KEY);
  const signer = await webSigner(privateKey, publicKey);
  const keys: RecordKey[] = [{ kid: signer.kid, alg: "Ed25519", publicKey: toBase64Url(publicKey), current: true }];
  for (const older of parseVerifyKeys(env.RECORD_VERIFY_KEYS)) {
    const kid = await keyId(older);
    if (!keys.some((k) => k.kid === kid)) keys.push({ kid, alg: "Ed25519", publicKey: toBase64Url(older), current: false });
  }
  return { signer, keys };
}

async function importPrivate(text: string): Promise<{ privateKey: CryptoKey; publicKey: Uint8Array }> {
  const refuse = () => new HttpError("internal", "RECORD_SIGNING_KEY is not an Ed25519 private key (PKCS#8 or JWK)");
  try {
    const jwk = text.startsWith("{") ? (JSON.parse(text) as JsonWebKey) : await pkcs8ToJwk(text);
    if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || !jwk.d || !jwk.x) throw refuse();
    // Imported again from the JWK so the key the isolate keeps cannot be exported.
    const privateKey = await crypto.subtle.importKey("jwk", { kty: "OKP", crv: "Ed25519", d: jwk.d, x: jwk.x }, { name: "Ed25519" }, false, ["sign"]);
    return { privateKey, publicKey: fromBase64Url(jwk.x) };
  } catch (err) {
    throw err instanceof HttpError ? err : refuse();
  }
}

/** PKCS#8 (PEM or base64 DER) to a JWK, which carries the public key too. */
async function pkcs8ToJwk(text: string): Promise<JsonWebKey> {
  const der = fromBase64Url(text.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, "").replace(/\s+/g, ""));
  const key = await crypto.subtle.importKey("pkcs8", der as Uint8Array<ArrayBuffer>, { name: "Ed25519" }, true, ["sign"]);
  return (await crypto.subtle.exportKey("jwk", key)) as JsonWebKey;
}

/** RECORD_VERIFY_KEYS: earlier public keys; an entry that is not one is a configuration error, said at once. */
export function parseVerifyKeys(text: string | undefined): Uint8Array[] {
  const trimmed = text?.trim();
  if (!trimmed) return [];
  let items: unknown[];
  try {
    items = trimmed.startsWith("[") ? (JSON.parse(trimmed) as unknown[]) : trimmed.split(",").map((s) => s.trim()).filter(Boolean);
  } catch {
    throw new HttpError("internal", "RECORD_VERIFY_KEYS is not a JSON array or a comma-separated list of keys");
  }
  return items.map((item, i) => {
    const x = typeof item === "string" ? item : (item as JsonWebKey | null)?.crv === "Ed25519" ? (item as JsonWebKey).x : undefined;
    try {
      const raw = x ? fromBase64Url(x) : null;
      if (raw?.length === 32) return raw;
    } catch {
      // said below
    }
    throw new HttpError("internal", `RECORD_VERIFY_KEYS entry ${i + 1} is not an Ed25519 public key (base64url raw 32 bytes or a JWK)`);
  });
}
