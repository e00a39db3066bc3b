/**
 * The token parser under fuzzing: whatever string arrives in `?token=` or a Bearer header,
 * verifyToken answers (never throws) and accepts only what signToken made with this secret.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../../contracts/wire";
import { TokenSchema, signToken, verifyToken, type Token } from "../auth/tokens";

const SECRET = "fuzz-secret-0123456789abcdef0123456789";
const NOW = 1_800_000_000_000;
const B64URL = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"];

const claims: fc.Arbitrary<Token> = fc.oneof(
  fc.record({
    kind: fc.constant("invite" as const), v: fc.constant(1 as const), rid: fc.string({ minLength: 1, maxLength: 64 }),
    role: fc.constantFrom(...ROLES), jti: fc.string({ minLength: 1, maxLength: 64 }), exp: fc.integer({ min: NOW + 1, max: NOW + 1e10 }),
  }),
  fc.record({
    kind: fc.constant("session" as const), v: fc.constant(1 as const), rid: fc.string({ minLength: 1, maxLength: 64 }),
    role: fc.constantFrom(...ROLES), jti: fc.string({ minLength: 1, maxLength: 64 }), exp: fc.integer({ min: NOW + 1, max: NOW + 1e10 }),
    uid: fc.string({ minLength: 1, maxLength: 64 }), name: fc.string({ minLength: 1, maxLength: 64 }),
  }),
);

/** Signs any bytes as a token body with the real secret: what a leaked-secret-free attacker cannot do, and the parser must still survive. */
async function signRaw(body: Uint8Array, secret = SECRET): Promise<string> {
  const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const text = b64(body);
  return `${text}.${b64(new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(text))))}`;
}

const rejected = async (raw: string) => (await verifyToken(raw, SECRET, NOW)).ok === false;

describe("verifyToken under fuzzing", () => {
  it("random strings, token-shaped or not, are refused and never throw", async () => {
    const tokenShaped = fc.tuple(fc.array(fc.constantFrom(...B64URL), { maxLength: 300 }), fc.array(fc.constantFrom(...B64URL), { maxLength: 50 }))
      .map(([a, b]) => `${a.join("")}.${b.join("")}`);
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: "binary" }), tokenShaped), rejected), { numRuns: 10_000 });
  });

  it("valid tokens round-trip; any bit flip or truncation of one is refused", async () => {
    await fc.assert(
      fc.asyncProperty(claims, fc.nat(), fc.integer({ min: 0, max: 6 }), fc.nat(), async (token, at, bit, cut) => {
        const raw = await signToken(token, SECRET);
        const ok = await verifyToken(raw, SECRET, NOW);
        if (!ok.ok || JSON.stringify(ok.token) !== JSON.stringify(TokenSchema.parse(token))) return false;
        const i = at % raw.length;
        const flipped = raw.slice(0, i) + String.fromCharCode(raw.charCodeAt(i) ^ (1 << bit)) + raw.slice(i + 1);
        const truncated = cut % 2 ? raw.slice(0, cut % raw.length) : raw.slice(1 + (cut % (raw.length - 1)));
        return (await rejected(flipped)) && (await rejected(truncated));
      }),
      { numRuns: 5_000 },
    );
  });

  it("correctly signed bodies of the wrong shape are malformed, never accepted, never a throw", async () => {
    const wrongShape = fc.oneof(
      fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v))),
      claims.chain((t) => fc.record({ key: fc.constantFrom(...Object.keys(t)), value: fc.jsonValue() }).map(({ key, value }) => ({ ...t, [key]: value }))).map((v) => new TextEncoder().encode(JSON.stringify(v))),
      fc.uint8Array({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(wrongShape, async (body) => {
        let valid = false;
        try {
          const parsed = TokenSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)));
          valid = parsed.success && parsed.data.exp > NOW;
        } catch {}
        const result = await verifyToken(await signRaw(body), SECRET, NOW);
        return valid ? result.ok : !result.ok;
      }),
      { numRuns: 5_000 },
    );
  });

  it("a token signed with any other secret is a bad signature", async () => {
    await fc.assert(
      fc.asyncProperty(claims, fc.string({ minLength: 1, maxLength: 64 }).filter((s) => s !== SECRET), async (token, other) => {
        const result = await verifyToken(await signToken(token, other), SECRET, NOW);
        return !result.ok && result.reason === "bad_signature";
      }),
      { numRuns: 2_000 },
    );
  });

  it("the canonical spelling only: the spare bits of the signature's last character are not free", async () => {
    const raw = await signToken({ kind: "invite", v: 1, rid: "r", role: "candidate", jti: "i", exp: NOW + 1 }, SECRET);
    const last = raw.at(-1)!;
    const sameBytes = B64URL.filter((c) => c !== last && B64URL.indexOf(c) >> 2 === B64URL.indexOf(last) >> 2);
    expect(sameBytes).toHaveLength(3);
    for (const c of sameBytes) expect(await verifyToken(raw.slice(0, -1) + c, SECRET, NOW)).toEqual({ ok: false, reason: "malformed" });
  });
});
