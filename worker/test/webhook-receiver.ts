/**
 * The tests' side of the local webhook receiver (webhook-receiver-global-setup.ts): where to point
 * an endpoint, what arrived there, and the check every receiver should make of a signature.
 */
import { env } from "cloudflare:test";
import { expect } from "vitest";
import type { Received } from "./webhook-receiver-global-setup";

const RECEIVER = (env as unknown as { TEST_WEBHOOK_RECEIVER: string }).TEST_WEBHOOK_RECEIVER;

/** A fresh receiver path for one test: `query` says how it answers (`fail=2`, `fail=always`, `redirect=1`). */
export function receiverUrl(query = ""): { name: string; url: string } {
  const name = crypto.randomUUID();
  return { name, url: `${RECEIVER}/hooks/${name}${query ? `?${query}` : ""}` };
}

export async function received(name: string): Promise<Received[]> {
  const res = await fetch(`${RECEIVER}/received/${name}`);
  return res.json();
}

/** Polls until `done` holds for what `read` returns (deliveries are sent after the answer). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      expect.fail(`still not there after ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 2000)}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * What a receiver does with `Duet-Signature: t=…,kid=…,v1=…`: recompute HMAC-SHA256 of
 * "<t>.<raw body>" under the secret, compare, and refuse a stale `t`. Written here from the
 * contract, not borrowed from the signer, so a signer bug cannot agree with itself.
 */
export async function verifySignature(header: string, secret: string, body: string, toleranceS = 300): Promise<{ t: number; kid: string }> {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  const t = Number(parts.t);
  expect(Math.abs(Date.now() / 1000 - t), "signature time").toBeLessThan(toleranceS);
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const mac = new Uint8Array((parts.v1.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));
  const valid = await crypto.subtle.verify("HMAC", key, mac, new TextEncoder().encode(`${parts.t}.${body}`));
  expect(valid, `signature ${header}`).toBe(true);
  return { t, kid: parts.kid };
}
