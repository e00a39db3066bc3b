/**
 * The deployment's signing key: PKCS#8 (PEM or base64) and JWK both sign; production refuses to
 * sign without a key of its own or with the development key; earlier public keys join the key set.
 */
import { describe, expect, it } from "vitest";
import { toBase64Url, utf8 } from "../../contracts/bytes";
import { keyId } from "../../contracts/record-chain";
import { DEV_RECORD_KID } from "../../contracts/record-export";
import { HttpError } from "../http-error";
import { DEV_RECORD_SIGNING_KEY, parseVerifyKeys, recordKeys } from "./signing-key";

async function freshKey() {
  const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array((await crypto.subtle.exportKey("pkcs8", pair.privateKey)) as ArrayBuffer);
  const jwk = (await crypto.subtle.exportKey("jwk", pair.privateKey)) as JsonWebKey;
  const raw = new Uint8Array((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer);
  return { pair, pkcs8, jwk, raw, kid: await keyId(raw) };
}

const pem = (der: Uint8Array) => `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----\n`;

async function signsAs(env: Parameters<typeof recordKeys>[0], key: Awaited<ReturnType<typeof freshKey>>) {
  const { signer, keys } = await recordKeys(env);
  expect(signer.kid).toBe(key.kid);
  expect(keys[0]).toEqual({ kid: key.kid, alg: "Ed25519", publicKey: toBase64Url(key.raw), current: true });
  const sig = await signer.sign(utf8("hello"));
  expect(await crypto.subtle.verify("Ed25519", key.pair.publicKey, sig as Uint8Array<ArrayBuffer>, utf8("hello") as Uint8Array<ArrayBuffer>)).toBe(true);
}

describe("the record-signing key", () => {
  it("takes PKCS#8 as PEM or bare base64, or a JWK", async () => {
    const key = await freshKey();
    await signsAs({ DUET_ENV: "production", RECORD_SIGNING_KEY: pem(key.pkcs8) }, key);
    await signsAs({ DUET_ENV: "production", RECORD_SIGNING_KEY: btoa(String.fromCharCode(...key.pkcs8)) }, key);
    await signsAs({ DUET_ENV: "production", RECORD_SIGNING_KEY: JSON.stringify(key.jwk) }, key);
  });

  it("outside production, without a key, signs with the development key, whose fingerprint the verifier knows", async () => {
    const { signer } = await recordKeys({ DUET_ENV: "test" });
    expect(signer.kid).toBe(DEV_RECORD_KID);
  });

  it("production refuses no key, the development key and a key that is not one, in words", async () => {
    for (const [value, message] of [
      [undefined, "RECORD_SIGNING_KEY is not configured"],
      [DEV_RECORD_SIGNING_KEY, "RECORD_SIGNING_KEY is the development key; refused in production"],
      ["not a key", "RECORD_SIGNING_KEY is not an Ed25519 private key (PKCS#8 or JWK)"],
      ['{"kty":"EC","crv":"P-256"}', "RECORD_SIGNING_KEY is not an Ed25519 private key (PKCS#8 or JWK)"],
    ] as const) {
      const err = await recordKeys({ DUET_ENV: "production", RECORD_SIGNING_KEY: value }).catch((e) => e);
      expect(err).toBeInstanceOf(HttpError);
      expect((err as HttpError).message).toBe(message);
    }
  });

  it("lists the keys of before a rotation after the current one, once each", async () => {
    const [current, old1, old2] = [await freshKey(), await freshKey(), await freshKey()];
    const verify = JSON.stringify([toBase64Url(old1.raw), { kty: "OKP", crv: "Ed25519", x: toBase64Url(old2.raw) }, toBase64Url(current.raw)]);
    const { keys } = await recordKeys({ DUET_ENV: "production", RECORD_SIGNING_KEY: JSON.stringify(current.jwk), RECORD_VERIFY_KEYS: verify });
    expect(keys.map((k) => [k.kid, k.current])).toEqual([[current.kid, true], [old1.kid, false], [old2.kid, false]]);
    expect(parseVerifyKeys(` ${toBase64Url(old1.raw)} , ${toBase64Url(old2.raw)}`).length).toBe(2);
    expect(() => parseVerifyKeys('["short"]')).toThrow("RECORD_VERIFY_KEYS entry 1 is not an Ed25519 public key");
    expect(() => parseVerifyKeys("[nope")).toThrow("RECORD_VERIFY_KEYS is not a JSON array");
  });
});
